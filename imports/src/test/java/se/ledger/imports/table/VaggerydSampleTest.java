package se.ledger.imports.table;

import static java.time.Month.APRIL;
import static java.time.Month.AUGUST;
import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static java.time.Month.JULY;
import static java.time.Month.JUNE;
import static java.time.Month.MARCH;
import static java.time.Month.MAY;
import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.events.MonthMark.AS_PLANNED;
import static se.ledger.events.MonthMark.RISING;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.ledger.events.MonthMark;

/**
 * The real Vaggeryd plan, every area checked against values read off the file by hand (cat -A / python), not
 * against parser output.
 */
class VaggerydSampleTest {

    static final String SAMPLE = "/imports/vaggeryd-verksamhetsplan-2022-augusti.tsv";
    private static PlanTable plan;

    @BeforeAll
    static void parseSample() throws IOException {
        try (Reader reader = new InputStreamReader(VaggerydSampleTest.class.getResourceAsStream(SAMPLE),
                StandardCharsets.UTF_8)) {
            plan = PlanTableParser.parse("vaggeryd-verksamhetsplan-2022-augusti.tsv", reader);
        }
    }

    private static Map<Month, MonthMark> marks(MonthMark mark, Month... months) {
        Map<Month, MonthMark> marks = new EnumMap<>(Month.class);
        for (Month month : months) {
            marks.put(month, mark);
        }
        return marks;
    }

    private static List<String> initials(Area area) {
        return area.responsibility().people().stream().map(Person::initials).toList();
    }

    @Test
    void headerNamesAugustAsTheFollowUpMonth() {
        assertThat(plan.followUpMonthName()).isEqualTo("AUGUSTI");
        assertThat(plan.followUpMonth()).isEqualTo(AUGUST);
    }

    @Test
    void readsThirteenAreasInOrderWithTheirTitlesAndLines() {
        assertThat(plan.areas()).extracting(Area::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(plan.areas()).extracting(Area::title).containsExactly("Hållbar samhällsutveckling",
                "Lokalförsörjning", "Mötesplatser", "Kontinuitetsplanering", "Från förskola till jobb",
                "Företagande", "Jämlik folkhälsa", "Kultur och fritid för alla", "Vaggeryd som varumärke",
                "Effektivare beslut", "Systematiskt arbetsmiljöarbete", "Ledarutveckling",
                "Investeringar och exploateringar");
        // blank lines 7, 12 and 18 separate the groups of areas
        assertThat(plan.areas()).extracting(Area::sourceLine)
                .containsExactly(4, 5, 6, 8, 9, 10, 11, 13, 14, 15, 16, 17, 19);
    }

    @Test
    void countsDesiredEffectsAndActivitiesOfEveryArea() {
        assertThat(plan.areas()).extracting(a -> a.desiredEffects().size())
                .containsExactly(4, 3, 3, 3, 5, 3, 3, 4, 5, 3, 3, 2, 3);
        assertThat(plan.areas()).extracting(a -> a.activities().size())
                .containsExactly(5, 4, 3, 4, 6, 5, 4, 5, 5, 5, 10, 4, 8);
    }

    @Test
    void readsMonthMarksExactlyAsInTheFile() {
        Map<Month, MonthMark> julyBlank = marks(AS_PLANNED, JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, AUGUST);
        assertThat(plan.area(1).marks()).isEqualTo(julyBlank);
        assertThat(plan.area(2).marks()).isEqualTo(julyBlank);
        assertThat(plan.area(3).marks()).isEqualTo(julyBlank);
        for (int collapsed = 4; collapsed <= 7; collapsed++) {
            assertThat(plan.area(collapsed).marks()).as("area %d", collapsed).isEmpty();
        }
        assertThat(plan.area(8).marks())
                .isEqualTo(marks(AS_PLANNED, JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST));
        Map<Month, MonthMark> risingToJuly = marks(RISING, JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY);
        assertThat(plan.area(9).marks()).isEqualTo(risingToJuly);
        assertThat(plan.area(12).marks()).isEqualTo(risingToJuly);
        Map<Month, MonthMark> plannedToJuly = marks(AS_PLANNED, JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY);
        assertThat(plan.area(10).marks()).isEqualTo(plannedToJuly);
        assertThat(plan.area(11).marks()).isEqualTo(plannedToJuly);
        assertThat(plan.area(13).marks()).isEqualTo(marks(AS_PLANNED, JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE));
    }

    @Test
    void readsTheSeventeenSignatures() {
        assertThat(plan.signatures().keySet()).containsExactly("LD", "DN", "PEL", "JJ", "CK", "AH", "LiDa", "MA",
                "SK", "JT", "SJ", "AS", "CL", "TA", "TB", "JH", "TP");
        assertThat(plan.signatures().values()).containsExactly(
                new Person("LD", "Lotta Damberg", "Socialchef", "SN"),
                new Person("DN", "David Norrfjärd", "Kultur och fritidschef", "KFN"),
                new Person("PEL", "Per-Erik Lorentzon", "Barn och utbildningschef", "BUN"),
                new Person("JJ", "Johnny Johansson", "Lokalstrateg", "BUN"),
                new Person("CK", "Claes Karlsson", "Fastighetschef", "TN"),
                new Person("AH", "Annika Hedvall", "Kommundirektör", "KS"),
                new Person("LiDa", "Linda Davidsson", "Verksamhetschef Fenix", "BUN"),
                new Person("MA", "Michael Anderberg", "AME", null),
                new Person("SK", "Simone Kamm", "Näringslivskontoret", null),
                new Person("JT", "Johan Thorsell", "Näringslivschef", null),
                new Person("SJ", "Sylwia Jakubiak", "Studie och yrkesvägledare", "BUN"),
                new Person("AS", "Anna-Karin Slunge", "Studie och yrkesvägledare", "BUN"),
                new Person("CL", "Cecilia Lindetorp", "Studie och yrkesvägledare", "BUN"),
                new Person("TA", "Tomas Andersson", "Miljö och byggchef", null),
                new Person("TB", "Tina Blomster", null, null),
                new Person("JH", "Jörgen Hansson", "Ekonomichef", null),
                new Person("TP", "Tina Petersson", "Säkerhets- och beredskapssamordnare", "RTJ/KS"));
    }

    @Test
    void area1HallbarSamhallsutveckling() {
        Area area = plan.area(1);
        assertThat(area.desiredEffects()).containsExactly(
                "Vi konsekvensbedömer översiktplanen, nya bostadsområden, exploateringar etc",
                "Våra befolkningsprognoser bryts ned på delområden.",
                "Våra detaljplaner är synkroniserade med det ändamål/verksamhet som marken används till idag och i "
                        + "framtiden.",
                "Det finns en tydlig och genomtänkt strategi för kommunalt ägande av fastigheter och mark.");
        assertThat(area.activities().get(0)).isEqualTo("Workshop med berörda - görs inför samråd (VA, HG, BS). "
                + "Riktlinje för gestaltning vid etablering av verksamheter, detaljplanering och bygglov tas fram.");
        assertThat(area.activities().get(1)).isEqualTo("Befolkningsprognos görs per delområde (JH, PEL, TÅ)");
        assertThat(area.activities().get(4)).isEqualTo("En markstrategi tas fram tillsammans med en strategi för "
                + "kommunens innehav av fastigheter och förvaltning av byggnader i omvandlingsområden");
        Responsibility r = area.responsibility();
        assertThat(r.raw()).isEqualTo("Torbjörn Åkerblad + Samhällsutv. grupp");
        assertThat(r.lead()).isEqualTo("Torbjörn Åkerblad");
        assertThat(r.group()).isEqualTo("Samhällsutv. grupp");
        // initials in the activity text (JH, PEL, TÅ) do not count: only Ansvariga does
        assertThat(r.people()).isEmpty();
        assertThat(r.unresolvedInitials()).isEmpty();
        assertThat(area.followUpText()).startsWith("Samrådstiden för ÖP går ut 30 september, därefter")
                .contains("till en granskningshandling.\n\nPrioritering av beslutade markuppdrag")
                .contains("behöver tas fram.\n\nTvå förstudier för Skillingaryds centrum / Slätten")
                .endsWith("framtida behov och möjligheter ska fångas upp.");
        assertThat(area.followUpText().split("\n\n")).hasSize(3);
    }

    @Test
    void area2Lokalforsorjning() {
        Area area = plan.area(2);
        assertThat(area.desiredEffects()).first().isEqualTo("En strategisk och långsiktig plan för "
                + "lokalförsörjning finns som stöd för planeringen.");
        assertThat(area.desiredEffects()).last().isEqualTo("Ett samlat beredningsorgan till budgetprocessen");
        assertThat(area.activities()).containsExactly("Samordnad lokalförsörjningsplan",
                "Ett tydligt behov finns beskrivet från varje område",
                "Kostnadsberäkna investeringar för politiskt ställningstagande",
                "En rutin för hur samordnad lokalförsörjning ska gå till.");
        assertThat(area.responsibility().lead()).isEqualTo("Magnus Ljunggren");
        assertThat(area.responsibility().group()).isEqualTo("Lokalgrupp (LD, DN, CK, JJ, PEL, AH)");
        assertThat(initials(area)).containsExactly("LD", "DN", "CK", "JJ", "PEL", "AH");
        assertThat(area.responsibility().unresolvedInitials()).isEmpty();
        assertThat(area.followUpText()).startsWith("Tekniska nämnden har begärt in hyrande nämnders lokalbehov")
                .endsWith("lokalbehoven till kommande budgetprocess .")
                .doesNotContain("\n");
    }

    @Test
    void area3Motesplatser() {
        Area area = plan.area(3);
        assertThat(area.desiredEffects()).first()
                .isEqualTo("Det finns tydliga sociala sammanhang, mötesplatser, i alla delområden.");
        assertThat(area.desiredEffects()).last().isEqualTo("Det finns förutsättningar och arenor för människor i "
                + "olika åldrar och bakgrund att mötas");
        assertThat(area.activities().get(1)).isEqualTo("Utifrån kartläggning lyfta fram kvalitet/utmaningar i "
                + "respektive delområde gärna med koppling till \"bästa platsen\".");
        assertThat(area.activities()).last().isEqualTo("Konkreta mötesplatser: Vandring runt Hjortsjön");
        assertThat(area.responsibility().lead()).isEqualTo("David Norrfjärd");
        // the lead is resolved by name and not repeated for the DN in the list
        assertThat(initials(area)).containsExactly("DN", "LD", "PEL");
        assertThat(area.responsibility().unresolvedInitials()).containsExactly("TÅ");
        assertThat(area.followUpText()).isEqualTo("Resonemang kring boulebana och skatepark i Skillingaryd. "
                + "Utveckling av drift och underhåll av badplatser mot mer föreningsengagemang. Samverkan med AME.");
    }

    @Test
    void area4KontinuitetsplaneringWithBulletsAndCollapsedMonths() {
        Area area = plan.area(4);
        assertThat(area.desiredEffects()).first().isEqualTo("Platsen är förberedd och säkrad för extremväder och "
                + "klimatförändringar.");
        assertThat(area.desiredEffects()).last().isEqualTo("Det finns en god beredskap för olika former av intrång "
                + "och oförutsedda oönskade händelser");
        assertThat(area.activities()).containsExactly(
                "Skapa organisation och sätta genomförandeplan för kontinuitetsplaneringen",
                "Skapa och implementera modell för kontinuitetsplaneringen",
                "Utbilda och informera om arbetet med kontinuitetsplanering",
                "Genomföra kontinuitetsplanering med alla förvaltningar och kommunala bolag");
        assertThat(area.responsibility().lead()).isEqualTo("Fredrik Björnberg");
        assertThat(area.responsibility().group()).isEqualTo("TP + Säkerhetsgrupp");
        assertThat(area.responsibility().people()).containsExactly(
                new Person("TP", "Tina Petersson", "Säkerhets- och beredskapssamordnare", "RTJ/KS"));
        assertThat(area.followUpText()).startsWith("Alla förvaltningar och bolag inklusive SÅM har haft")
                .contains("KUF – vi startar på ett lite annat sätt")
                .endsWith("regelbundna arbetsgruppsmöten i säkerhetsskyddsgruppen");
    }

    @Test
    void area5FranForskolaTillJobb() {
        Area area = plan.area(5);
        assertThat(area.desiredEffects()).first().isEqualTo("Samtliga deltagare (barn, elever, studerande, etc.) är "
                + "väl förberedda inför sitt nästa steg efter avslutad utbildning.");
        assertThat(area.desiredEffects()).last()
                .isEqualTo("Närings- och arbetslivet i kommunen har tillgång till rätt kompetens.");
        assertThat(area.activities()).first().isEqualTo("Jobbspår för alla");
        assertThat(area.activities()).last().isEqualTo("Nära samverkan med Skola/Utbildning, AME och AF för "
                + "företagens kompetensförsörjning/utveckling??");
        assertThat(area.responsibility().lead()).isEqualTo("Per-Erik Lorentzon");
        assertThat(area.responsibility().group()).isEqualTo("Styrgrupp (LiDa, MA, SK, AS, SJ, CL)");
        assertThat(initials(area)).containsExactly("PEL", "LiDa", "MA", "SK", "AS", "SJ", "CL");
        assertThat(area.followUpText()).startsWith("Vi har bytt ansvarig person vilket medfört lite gupp på vägen.")
                .endsWith("för arbetet med KAA. har också diskuterat frågan med AME");
    }

    @Test
    void area6ForetagandeWithPlusWithoutSpace() {
        Area area = plan.area(6);
        assertThat(area.desiredEffects()).first().isEqualTo("Näringsliv och arbetslivet är varierat och erbjuder "
                + "arbete inom många olika branscher.");
        assertThat(area.desiredEffects()).last().isEqualTo("Företag upplever att det är lätt att etablera sig och "
                + "utöka sin verksamhet i vår kommun.");
        assertThat(area.activities()).first().isEqualTo("Aktiviteter för att öka kvinnligt ledarskap i "
                + "näringslivet, bland annat i projekt Kvinnor leder");
        assertThat(area.activities().get(3)).isEqualTo("Uppföljning av svenskt näringslivsranking, "
                + "insiktsiktmätning,");
        assertThat(area.activities()).last().isEqualTo("Utveckling av handel, restaurangnäring och tjänsteföretag.");
        assertThat(area.responsibility().raw()).isEqualTo("Annika Hedvall +Etableringsgrupp (TA, JT, TB)");
        assertThat(area.responsibility().lead()).isEqualTo("Annika Hedvall");
        assertThat(area.responsibility().group()).isEqualTo("Etableringsgrupp (TA, JT, TB)");
        assertThat(initials(area)).containsExactly("AH", "TA", "JT", "TB");
        assertThat(area.followUpText()).startsWith("En kompetensförsörjningsgrupp är bildad med deltagare")
                .endsWith("för företag som vill nyetablera eller utöka.");
    }

    @Test
    void area7JamlikFolkhalsa() {
        Area area = plan.area(7);
        assertThat(area.desiredEffects()).first().isEqualTo("Insatser görs i samverkan mellan lokala aktörer, region "
                + "och kommunen för en ökad jämlik folkhälsa.");
        assertThat(area.desiredEffects()).last().isEqualTo("Vi fångar upp tidiga signaler och gör insatser för "
                + "särskilt barn och unga i behov av det.");
        assertThat(area.activities()).containsExactly("Hälsocenter", "Samverkan fritidshem/föreningar/Kulturskola",
                "Regional samverkan Bästa platsen", "Arbetsgrupp tidiga insatser");
        assertThat(area.responsibility().lead()).isEqualTo("David Norrfjärd");
        assertThat(initials(area)).containsExactly("DN", "LD", "PEL");
        assertThat(area.responsibility().unresolvedInitials()).containsExactly("TÅ");
        assertThat(area.followUpText()).startsWith("Klart med hälsocoach på heltid från janurai -23.")
                .endsWith("pilotprojekt mellan region / kommun / övriga aktörer");
    }

    @Test
    void area8KulturOchFritidWithBulletsGluedToWords() {
        Area area = plan.area(8);
        assertThat(area.desiredEffects()).first().isEqualTo("Det finns en kultur- och fritidsplan som tydligt "
                + "beskriver vad som finns nära samt ambitionsnivå för vad som bör finnas nära");
        assertThat(area.desiredEffects()).last()
                .isEqualTo("Medborgare i olika åldrar deltar i folkbildningens olika aktiviteter.");
        assertThat(area.activities()).containsExactly("Kulturplan BUN", "Kulturplan SOC", "Kultursamverkan GGVV",
                "Revidering av regional kulturplan", "Samlad kommunikationsstrategi");
        assertThat(area.responsibility().lead()).isEqualTo("David Norrfjärd");
        assertThat(area.responsibility().group()).isEqualTo("Styrgrupp");
        assertThat(initials(area)).containsExactly("DN");
        assertThat(area.followUpText()).startsWith("Nytt avtal klart för Musikcaféserien")
                .contains("Kulturhelgen breddas till 13-17/10.")
                .endsWith("Etablering av discgolfbana på Bäckalyckan.");
    }

    @Test
    void area9VarumarkeWithFootnoteStarsAndAListAsFollowUp() {
        Area area = plan.area(9);
        assertThat(area.desiredEffects()).first().isEqualTo("Vår marknadsplan är uppdaterad och verkar i vardagen.");
        assertThat(area.desiredEffects()).last().isEqualTo("Medborgaren som behöver det får snabb och enkel hjälp av "
                + "kommunens olika förvaltningar");
        // "Min väg in * * Revidering … aktiviteter ** * Vaggerydsinitiativet … medborgarförslag *** Berättelser …"
        assertThat(area.activities()).containsExactly("Min väg in", "Revidering av marknadsplan",
                "Marknadsplanegrupp planerar och synkar aktiviteter",
                "Vaggerydsinitiativet- ska utredas som ev alternativ till medborgarförslag",
                "Berättelser som lyfter fram personer, företag och organisationer som gör skillnad, internt och "
                        + "externt.");
        assertThat(area.responsibility().lead()).isEqualTo("Torbjörn Åkerblad");
        assertThat(area.responsibility().group()).isEqualTo("KLG");
        assertThat(area.responsibility().people()).isEmpty();
        assertThat(area.responsibility().unresolvedInitials()).containsExactly("KLG");
        assertThat(area.followUpText().split("\n\n")).containsExactly(
                "Arbete med revidering av marknadsplanen pågår.",
                "Arbete med att förbättra servicen genom att utveckla processer och utnyttja systemet ArtVise. Två "
                        + "projektspar.",
                "Förslag till webbstrategi har förankrats med ledningsgruppen. Syftet är att förenkla vardagen för de "
                        + "som bor och verkar i eller besöker Vaggeryds kommun genom en uppdaterad och användbar "
                        + "webb där användarna på sina egna villkor kan hitta information och utföra ärenden.");
    }

    @Test
    void area10EffektivareBeslutWithMixedBullets() {
        Area area = plan.area(10);
        assertThat(area.desiredEffects()).first().isEqualTo("Det råder en hög träffsäkerhet i samspelet mellan "
                + "uppdragsgivare och uppdragstagare i syfte att spara tid och öka tryggheten i våra beslut.");
        assertThat(area.desiredEffects()).last().isEqualTo("Systemet ger tydliga rapporter, fakta för beslut samt "
                + "stöd för ledningsarbete, styrning och kontroll.");
        assertThat(area.activities()).containsExactly("Ärendehandbok",
                "Kvalitetssäkra beslut: Lagliga? Finansierade? Ambition?", "Rutin för att följa upp verkställighet",
                "Samordning nämndsekreterare",
                "Införande beslutsstöd; förstudie, upphandling, projektorganisation och drift");
        assertThat(area.responsibility().lead()).isEqualTo("Annika Hedvall");
        assertThat(area.responsibility().group()).isEqualTo("Kvalitets- och analysgruppen");
        assertThat(initials(area)).containsExactly("AH");
        assertThat(area.followUpText()).startsWith("RFI gjord när det gäller beslutsstödet.")
                .endsWith("inledningsvis med fokus på motioner och medborgarförslag.");
    }

    @Test
    void area11SystematisktArbetsmiljoarbete() {
        Area area = plan.area(11);
        assertThat(area.desiredEffects()).first().isEqualTo("Personer som verkar i våra verksamheter upplever att de "
                + "har en god arbetsmiljö.");
        assertThat(area.desiredEffects()).last().isEqualTo("Systematiskt arbetsmiljöarbete är en naturlig del i "
                + "vardagen.");
        assertThat(area.activities()).first().isEqualTo("Nytt samverkansavtal");
        assertThat(area.activities().get(8)).isEqualTo("statistik över tillbud, arbetsskador mm");
        assertThat(area.activities()).last().isEqualTo("Uppföljning månadsvis i KLG");
        assertThat(area.responsibility().lead()).isEqualTo("Åsa Boberg-Öhrn");
        assertThat(area.responsibility().group()).isEqualTo("LD, PEL, AH");
        assertThat(initials(area)).containsExactly("LD", "PEL", "AH");
        assertThat(area.responsibility().unresolvedInitials()).isEmpty();
        assertThat(area.followUpText()).isEqualTo("Avvakta återkoppling AV. Ny metod för årlig uppföljning av "
                + "arbetsmiljöarbetet, enkät.");
    }

    @Test
    void area12Ledarutveckling() {
        Area area = plan.area(12);
        assertThat(area.desiredEffects()).containsExactly("Vår ledarpolicy lever i vardagen.",
                "Vi har trygga chefer som med god kompetens inom ledaruppdraget är ett föredöme, leder med omtanke "
                        + "och tillit samt utvecklar verksamheten inom givna resurser.");
        assertThat(area.activities()).containsExactly("Ledarutvecklings program 2019-2022",
                "Fortsättning med en ny grupp 2022 ht", "Ny upphandling?", "Chefsdagar, nätverk, mentorskap");
        assertThat(area.responsibility().lead()).isEqualTo("Åsa Boberg-Öhrn");
        assertThat(initials(area)).containsExactly("LD", "PEL", "AH");
        // typo kept verbatim
        assertThat(area.followUpText()).isEqualTo("Aqvslut grupp 5. Uppstart grupp 6");
    }

    @Test
    void area13InvesteringarWithParagraphCells() {
        Area area = plan.area(13);
        assertThat(area.desiredEffects()).containsExactly(
                "Investerings- och exploateringsverksamheten ökar i kvalitet och effektivitet.",
                "Vi har en fungerande process och ett bra samspel mellan berörda aktörer",
                "Investerings- och exploateringsverksamheten bidrar till hållbarhet");
        assertThat(area.activities()).first().isEqualTo("\"NULÄGE och hitta ett ÖNSKAT LÄGE\"");
        assertThat(area.activities().get(1)).isEqualTo("1. Skickliggöra berörda tjänstepersoner i styr dok, "
                + "stödmtrl, ansvar o roller, processen, bakgrund och framtid samt initiera dialog förbättringsarbete");
        assertThat(area.activities()).last()
                .isEqualTo("7. Slutredovisning (Standardmodell har målen med investeringen uppfyllts?)");
        assertThat(area.responsibility().raw()).isEqualTo("Jörgen Hansson + Styrgrupp");
        assertThat(area.responsibility().lead()).isEqualTo("Jörgen Hansson");
        assertThat(area.responsibility().people())
                .containsExactly(new Person("JH", "Jörgen Hansson", "Ekonomichef", null));
        assertThat(area.followUpText()).startsWith("Sorterat om investeringsmallarna. Lagt upp klara")
                .endsWith("effekt av räntehöjningar m.m till bolagen och kommunens politiska org.")
                .doesNotContain("<p>", "</p>");
    }

    @Test
    void leadsNotInTheSignatureTableStayUnresolvedNames() {
        assertThat(plan.areas()).filteredOn(a -> a.responsibility().people().stream()
                        .noneMatch(p -> p.name().equals(a.responsibility().lead())))
                .extracting(a -> a.responsibility().lead())
                .containsExactly("Torbjörn Åkerblad", "Magnus Ljunggren", "Fredrik Björnberg", "Torbjörn Åkerblad",
                        "Åsa Boberg-Öhrn", "Åsa Boberg-Öhrn");
    }
}
