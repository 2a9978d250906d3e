package se.ledger.imports.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A problem as the 400 answer and the message show it: a text file's by line, a workbook's by sheet too. */
class ImportProblemTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aTextFilesProblemHasNoSheetInItsAnswer() throws Exception {
        var problem = new ImportProblem(4, "ingångsvärde", "inte ett tal");

        assertThat(JSON.writeValueAsString(problem))
                .isEqualTo("{\"line\":4,\"column\":\"ingångsvärde\",\"reason\":\"inte ett tal\"}");
        assertThat(problem).hasToString("rad 4, kolumn 'ingångsvärde': inte ett tal");
    }

    @Test
    void aWorkbooksProblemNamesSheetRowAndColumnLetter() throws Exception {
        var problem = new ImportProblem(7, "status", "okänd status 'Halvklart'").inSheet("Aktiviteter", "D");

        assertThat(JSON.readTree(JSON.writeValueAsString(problem)).get("sheet").asText()).isEqualTo("Aktiviteter");
        assertThat(JSON.readTree(JSON.writeValueAsString(problem)).get("columnLetter").asText()).isEqualTo("D");
        assertThat(problem).hasToString("blad 'Aktiviteter', rad 7, kolumn D ('status'): okänd status 'Halvklart'");
        assertThat(new ImportProblem(2, null, "tom rad").inSheet("Plan", null)).hasToString("blad 'Plan', rad 2: tom rad");
    }
}
