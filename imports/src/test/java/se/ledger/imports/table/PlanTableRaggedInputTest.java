package se.ledger.imports.table;

import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static java.time.Month.MARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ledger.events.MonthMark;
import se.ledger.imports.text.ImportProblem;
import se.ledger.imports.text.ImportRejected;

/** Shapes the Vaggeryd sample does not have but other exports will: cells broken over lines, entities, CRLF. */
class PlanTableRaggedInputTest {

    private static final String HEADER = "UTVECKLINGSOMRÅDE\t\tÖnskad effekt\tHuvudaktiviteter\tAnsvariga\t"
            + "Jan\tFeb\tMar\tMARS\n";
    private static final String SIGNATURES = "\nSign\tNamn\tBefattning/funktion, Nämnd\n"
            + "LD\tLotta Damberg\tSocialchef, SN\nPEL\tPer-Erik Lorentzon\tBarn och utbildningschef, BUN\n";

    @Test
    void canReadAQuotedCellContainingNewlinesTabsAndQuotes() {
        String content = HEADER
                + "1\tTitel\t\"<ul> * Första effekten\n * Andra \"\"effekten\"\"\tmed tabb\"\t * Aktivitet\t"
                + "Lotta Damberg + PEL\t⇒\t↑\t↓\t<p>Klart</p>\n"
                + "2\tNästa\t * E\t * A\tLD\t\t\t\tText\n"
                + SIGNATURES;

        PlanTable plan = PlanTableParser.parse("citat.tsv", content);

        Area first = plan.area(1);
        assertThat(first.desiredEffects()).containsExactly("Första effekten", "Andra \"effekten\" med tabb");
        assertThat(first.marks()).isEqualTo(Map.of(JANUARY, MonthMark.AS_PLANNED, FEBRUARY, MonthMark.RISING,
                MARCH, MonthMark.FALLING));
        assertThat(first.followUpText()).isEqualTo("Klart");
        assertThat(first.responsibility().people()).extracting(Person::initials).containsExactly("LD", "PEL");
        // the quoted cell took two physical lines, so area 2 starts on line 4
        assertThat(plan.area(2).sourceLine()).isEqualTo(4);
        assertThat(plan.followUpMonth()).isEqualTo(MARCH);
    }

    @Test
    void canReadAnUnquotedHtmlBlockBrokenOverLines() {
        String content = HEADER
                + "1\tTitel\t<ul> * Effekt ett\n"
                + " * Effekt två</ul>\t<p>1. Aktivitet</p>\n"
                + "<p>2. Aktivitet</p>\tLD\t⇒\t⇒\t⇒\t<p>Första stycket\n"
                + "\n"
                + "2022 fortsätter det.</p>\n"
                + "<p>Andra stycket</p>\n"
                + "\n"
                + "2\tNästa\t * E\t * A\tLD\t⇒\t<p>Kort</p>\n"
                + SIGNATURES;

        PlanTable plan = PlanTableParser.parse("bruten.tsv", content);

        Area first = plan.area(1);
        assertThat(first.sourceLine()).isEqualTo(2);
        assertThat(first.desiredEffects()).containsExactly("Effekt ett", "Effekt två");
        assertThat(first.activities()).containsExactly("1. Aktivitet", "2. Aktivitet");
        assertThat(first.responsibility().people()).extracting(Person::name).containsExactly("Lotta Damberg");
        assertThat(first.marks()).containsOnlyKeys(JANUARY, FEBRUARY, MARCH);
        assertThat(first.followUpText()).isEqualTo("Första stycket\n\n2022 fortsätter det.\n\nAndra stycket");
        assertThat(plan.area(2).sourceLine()).isEqualTo(9);
        assertThat(plan.area(2).marks()).containsOnlyKeys(JANUARY);
        assertThat(plan.area(2).followUpText()).isEqualTo("Kort");
    }

    @Test
    void reportsAProblemInAContinuationLineWithItsOwnLineNumber() {
        String content = HEADER
                + "1\tTitel\t<ul> * Effekt ett\n"
                + " * Effekt två\t * A\tLD\t⇒\t?\t⇒\tText\n";

        assertThat(catchThrowableOfType(
                () -> PlanTableParser.parse("x.tsv", content), ImportRejected.class).problems())
                .containsExactly(new ImportProblem(3, 7, "okänd månadsmarkering '?' för februari; tillåtna: ⇒, ↑, ↓ "
                        + "eller en tom cell"));
    }

    @Test
    void readsAQuoteThatOpensACellButNeverClosesAsPlainText() {
        String content = HEADER
                + "1\tTitel\t\"Trygg\" skola och \"mer\t * Aktivitet\tLD\t⇒\t\t\tText\n"
                + "2\tNästa\t\"Öppnas här\t * A\tLD\t\t\t\tText\n"
                + "3\tSista\t * E\t * A\tLD\t\t\t\tText\n"
                + SIGNATURES;

        PlanTable plan = PlanTableParser.parse("citat.tsv", content);

        assertThat(plan.area(1).desiredEffects()).containsExactly("\"Trygg\" skola och \"mer");
        assertThat(plan.area(2).desiredEffects()).containsExactly("\"Öppnas här");
        assertThat(plan.area(3).sourceLine()).isEqualTo(4);
    }

    @Test
    void decodesEntitiesStripsTagsAndAcceptsBomAndCrlf() {
        String content = "\uFEFF" + HEADER.replace("\n", "\r\n")
                + "1\tBarn &amp; unga\t<ul><li>Trygghet&nbsp;&nbsp;i <b>skolan</b></li><li>&quot;Bästa "
                + "platsen&quot; &#8211; &#x2192; &lt;p&gt;</li></ul>\t&bull; Aktivitet\tLD\t&rArr;\t\t\t"
                + "<p>Rad ett<br>rad två</p>\r\n"
                + SIGNATURES.replace("\n", "\r\n");

        Area area = PlanTableParser.parse("entiteter.tsv", content).area(1);

        assertThat(area.title()).isEqualTo("Barn & unga");
        assertThat(area.desiredEffects()).containsExactly("Trygghet i skolan", "\"Bästa platsen\" – → <p>");
        assertThat(area.activities()).containsExactly("Aktivitet");
        assertThat(area.marks()).isEqualTo(Map.of(JANUARY, MonthMark.AS_PLANNED));
        assertThat(area.followUpText()).isEqualTo("Rad ett\n\nrad två");
    }

    @Test
    void keepsInitialsUnknownToTheSignatureTableApart() {
        String content = HEADER + "1\tTitel\t * E\t * A\tOkänd Person + Grupp (LD, XY, LiDa)\t\t\t\tText\n"
                + SIGNATURES;

        Responsibility r = PlanTableParser.parse("x.tsv", content).area(1).responsibility();

        assertThat(r.lead()).isEqualTo("Okänd Person");
        assertThat(r.people()).extracting(Person::initials).containsExactly("LD");
        assertThat(r.unresolvedInitials()).containsExactly("XY", "LiDa");
    }

    @Test
    void decodesEveryNamedEntityNotOnlyTheCommonOnes() {
        String content = HEADER
                + "1\tKultur f&ouml;r alla\t<p>Caf&eacute;&nbsp;i Ram&oacute;n-huset</p>\t * Konsert\tLD\t⇒\t\t\tText\n"
                + SIGNATURES;

        Area first = PlanTableParser.parse("entiteter.tsv", content).area(1);

        assertThat(first.title()).isEqualTo("Kultur för alla");
        assertThat(first.desiredEffects()).containsExactly("Café i Ramón-huset");
    }

    @Test
    void keepsAReferenceToAControlCharacterAsWritten() {
        String content = HEADER + "1\tSkola&#1;&#x7F;&#55296;\t * E\t * A\tLD\t⇒\t\t\tText\n" + SIGNATURES;

        assertThat(PlanTableParser.parse("kontroll.tsv", content).area(1).title())
                .isEqualTo("Skola&#1;&#x7F;&#55296;");
    }
}
