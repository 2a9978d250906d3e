package se.ledger.standalone.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.ledger.imports.ImportFiles;
import se.ledger.imports.ImportFormat;
import se.ledger.imports.SpreadsheetTranslator;

/**
 * An import keeps what its transaction learnt (entities, directory answers, event numbers) in memory while it
 * runs. The events it stores must be exactly those of the same file's commands sent one by one outside any
 * import, where every rule asks the database.
 */
class BatchedImportSameEventsIT extends ImportTestBase {

    private static final String FILE = "samma-handelser.csv";

    @Autowired
    CommandGateway commands;
    @Autowired
    TransactionTemplate transaction;

    /** Every activity is loaded again for its status, after all activities are defined. */
    private static String sheet(String p) {
        var out = new StringBuilder(Sheets.plan(p));
        String[] statuses = {"Pågår", "Ej påbörjad", "Klart", "Pågående med avvikelse"};
        for (int a = 2; a <= 40; a++) {
            out.append(Sheets.row("typ", "AKTIVITET", "id", p + "-A" + a, "titel", "Aktivitet " + a, "mål",
                    p + (a % 2 == 0 ? "-M1" : "-M2"), "ansvarig", "Eva Ek", "start", "2022-02-01", "slut",
                    "2022-12-31", "status", statuses[a % 4], "statusdatum", "2022-0" + (3 + a % 6) + "-15",
                    "förklaring", a % 4 == 3 ? "Klar före sommaren" : ""));
        }
        out.append(Sheets.row("typ", "MÄTNING", "nyckeltal", p + "-N1", "datum", "2022-09-30", "värde", "80"));
        return out.toString();
    }

    @Test
    void storesTheEventsOfTheCommandsSentOneByOne() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String imported = "ba" + run;
        String sentOneByOne = "bb" + run;

        var response = upload("?format=csv", FILE, sheet(imported));
        assertThat(response.status()).as(response.body()).isEqualTo(201);

        byte[] content = sheet(sentOneByOne).getBytes(StandardCharsets.UTF_8);
        var parsed = ImportFiles.parse(FILE, content, ImportFormat.CSV, LocalDate.now());
        var steps = SpreadsheetTranslator.translate(parsed.sheet(), "import:" + FILE);
        transaction.executeWithoutResult(tx -> steps.forEach(step -> commands.sendAndWait(step.command())));

        List<String> viaImport = stored(imported);
        assertThat(viaImport).hasSize(1 + 2 + 1 + 40 + 31 + 3);
        assertThat(viaImport).containsExactlyElementsOf(stored(sentOneByOne));
        // the directory's rows, written together at the import's end, are those written one by one
        assertThat(directory(imported)).hasSize(1 + 2 + 1 + 40).containsExactlyElementsOf(directory(sentOneByOne));
    }

    private List<String> directory(String prefix) {
        return JdbcClient.create(dataSource)
                .sql("SELECT id, kind, plan_id, parent_id FROM command.entity WHERE id LIKE ? ORDER BY id")
                .param(prefix + "-%")
                .query((rs, n) -> (rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getString(4)).replace(prefix, "P"))
                .list();
    }

    /** Each event of the run's entities in the order stored: entity, number, type and payload, run prefix cut. */
    private List<String> stored(String prefix) {
        return JdbcClient.create(dataSource)
                .sql("SELECT aggregateidentifier, sequencenumber, payloadtype, payloadrevision, payload"
                        + " FROM public.domainevententry WHERE aggregateidentifier LIKE ? ORDER BY globalindex")
                .param(prefix + "-%")
                .query((rs, n) -> (rs.getString(1) + " #" + rs.getLong(2) + " " + rs.getString(3) + "/"
                        + rs.getString(4) + " " + new String(rs.getBytes(5), StandardCharsets.UTF_8))
                        .replace(prefix, "P"))
                .list();
    }
}
