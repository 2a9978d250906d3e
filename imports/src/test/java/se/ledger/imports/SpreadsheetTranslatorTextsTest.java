package se.ledger.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledger.activity.command.PlanActivity;
import se.ledger.goal.command.DefineGoal;
import se.ledger.imports.csv.SpreadsheetCsvParser;

/** The texts the plan view shows and the export writes: a goal's ambitionsnivå, an activity's other texts. */
class SpreadsheetTranslatorTextsTest {

    private static final String SHEET = "typ;id;titel;organisation;start;slut;mål;ansvarig;ambitionsnivå;"
            + "beskrivning;samverkan med;önskat läge\n"
            + "PLAN;P;Plan 2022;KS;2022-01-01;2022-12-31;;;;;;\n"
            + "MÅL;M1;Lokalförsörjning;;;;;;Klar 2023;;;\n"
            + "AKTIVITET;A1;Lokalplan;;;;M1;Magnus Ljunggren;;Samordnad plan för alla nämnder;\"BUN\nTN\";"
            + "Antagen 2022\n"
            + "AKTIVITET;A2;Utan texter;;;;M1;Anna Ek;;;;\n";

    private final List<ImportStep> steps = SpreadsheetTranslator.translate(
            SpreadsheetCsvParser.parse("texter.csv", SHEET), "import:texter.csv");

    private <T> List<T> commands(Class<T> type) {
        return steps.stream().map(ImportStep::command).filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aGoalGetsItsAmbition() {
        assertThat(commands(DefineGoal.class).get(0).ambition()).isEqualTo("Klar 2023");
    }

    @Test
    void anActivityGetsItsDescriptionPartnersAndDesiredState() {
        PlanActivity a1 = commands(PlanActivity.class).get(0);
        assertThat(a1.description()).isEqualTo("Samordnad plan för alla nämnder");
        assertThat(a1.partners()).containsExactly("BUN", "TN");
        assertThat(a1.desiredState()).isEqualTo("Antagen 2022");
        PlanActivity a2 = commands(PlanActivity.class).get(1);
        assertThat(a2.description()).isNull();
        assertThat(a2.partners()).isEmpty();
        assertThat(a2.desiredState()).isNull();
    }
}
