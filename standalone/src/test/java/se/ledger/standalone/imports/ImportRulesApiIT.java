package se.ledger.standalone.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/** All or nothing, idempotent by content, dry runs that store nothing, and every refusal named. */
class ImportRulesApiIT extends ImportTestBase {

    @Test
    void aSpreadsheetIsImportedAndReadBackThroughTheQueryApi() {
        String p = unique();
        var response = upload("", p + ".csv", Sheets.plan(p));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.header("Location")).isEqualTo("/api/plans/" + p + "-P");
        var summary = response.json();
        assertThat(summary.get("outcome").asText()).isEqualTo("IMPORTED");
        assertThat(summary.get("format").asText()).isEqualTo("csv");
        assertThat(summary.get("actor").asText()).isEqualTo("import:" + p + ".csv");
        assertThat(summary.get("planIds")).hasSize(1);
        assertThat(summary.at("/counts/plans").asInt()).isEqualTo(1);
        assertThat(summary.at("/counts/goals").asInt()).isEqualTo(2);
        assertThat(summary.at("/counts/indicators").asInt()).isEqualTo(1);
        assertThat(summary.at("/counts/activities").asInt()).isEqualTo(1);
        assertThat(summary.at("/counts/statuses").asInt()).isEqualTo(1);
        assertThat(summary.at("/counts/measurements").asInt()).isEqualTo(2);
        assertThat(summary.get("events").asLong()).isEqualTo(8);

        var plan = read("/api/plans/" + p + "-P?validAt=2022-08-31", summary.get("position").asLong());
        var m1 = find(plan.get("goals"), "id", p + "-M1");
        var m2 = find(m1.get("goals"), "id", p + "-M2");
        var n1 = find(m2.get("indicators"), "id", p + "-N1");
        assertThat(n1.get("unit").asText()).isEqualTo("%");
        assertThat(n1.at("/baseline/value").decimalValue()).isEqualByComparingTo("70");
        assertThat(n1.at("/target/value").decimalValue()).isEqualByComparingTo("90");
        assertThat(n1.at("/latest/noNewData").asBoolean()).isTrue();
        var a1 = find(m1.get("activities"), "id", p + "-A1");
        assertThat(a1.get("status").asText()).isEqualTo("DEVIATING");
        assertThat(a1.get("explanation").asText()).isEqualTo("Två skolor saknar vandringsledare");
        assertThat(a1.at("/responsible/person").asText()).isEqualTo("Eva Ek");
        assertThat(a1.get("goalIds")).hasSize(2);
        assertThat(events.of(p + "-A1")).allSatisfy(row -> assertThat(row.payload().get("actor").asText())
                .isEqualTo("import:" + p + ".csv"));
    }

    @Test
    void aSpreadsheetWithOneBadLineIsRejectedWithThatLineNamedAndNothingStored() {
        String p = unique();
        long before = events.count();

        var response = upload("", "fel.csv", Sheets.plan(p, "tolv", "2022-08-31"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("title").asText()).isEqualTo("Filen kunde inte tolkas");
        assertThat(problem.get("errors")).hasSize(1);
        assertThat(problem.at("/errors/0/line").asInt()).isEqualTo(5);
        assertThat(problem.at("/errors/0/column").asText()).isEqualTo("ingångsvärde");
        assertThat(problem.at("/errors/0/reason").asText()).contains("'tolv'");
        assertThat(events.count()).isEqualTo(before);
        assertThat(events.of(p + "-P")).isEmpty();
    }

    @Test
    void everyBadLineIsListed() {
        String content = Sheets.plan(unique(), "tolv", "31/8")
                + Sheets.row("typ", "UTFALL", "id", "X");

        var problem = upload("", "fel.csv", content).json();

        assertThat(problem.get("errors")).hasSize(3);
        assertThat(problem.at("/errors/0/line").asInt()).isEqualTo(5);
        assertThat(problem.at("/errors/1/line").asInt()).isEqualTo(8);
        assertThat(problem.at("/errors/1/column").asText()).isEqualTo("datum");
        assertThat(problem.at("/errors/2/line").asInt()).isEqualTo(9);
        assertThat(problem.at("/errors/2/column").asText()).isEqualTo("typ");
    }

    @Test
    void aLedgerRuleRefusingOneLineRollsBackTheWholeFileAndNamesTheLine() {
        String p = unique();
        long before = events.count();

        // the parser accepts the date; the ledger refuses a measurement outside the plan's period
        var response = upload("", p + ".csv", Sheets.plan(p, "70", "2023-01-15"));

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        var problem = response.json();
        assertThat(problem.get("detail").asText()).startsWith("Rad 8 (" + p + "-N1): ")
                .contains("utanför planens period").endsWith("Inget i filen har lagrats.");
        assertThat(problem.at("/errors/0/line").asInt()).isEqualTo(8);
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("effectiveDate");
        assertThat(events.count()).isEqualTo(before);
        // the directory rolled back too: the ids are free for the corrected file
        assertThat(upload("", p + ".csv", Sheets.plan(p)).status()).isEqualTo(201);
    }

    @Test
    void anIdAlreadyInUseIsAConflictNamingItsLine() {
        String p = unique();
        assertThat(upload("", p + ".csv", Sheets.plan(p)).status()).isEqualTo(201);
        long before = events.count();

        var response = upload("", p + "-igen.csv", Sheets.plan(p) + "# samma id:n i en annan fil\n");

        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.json().at("/errors/0/line").asInt()).isEqualTo(2);
        assertThat(response.json().get("detail").asText()).contains("Id " + p + "-P används redan (en plan)");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void importingTheSameContentAgainStoresNothingAndAnswersTheFirstSummary() {
        String p = unique();
        var first = upload("", p + ".csv", Sheets.plan(p)).json();
        long before = events.count();

        var again = upload("?dryRun=false", "kopia av " + p + ".csv", Sheets.plan(p));

        assertThat(again.status()).isEqualTo(200);
        var summary = again.json();
        assertThat(summary.get("outcome").asText()).isEqualTo("ALREADY_IMPORTED");
        assertThat(summary.get("message").asText()).startsWith("Samma innehåll importerades redan");
        assertThat(summary.get("fileName").asText()).isEqualTo(p + ".csv");
        assertThat(summary.get("sha256")).isEqualTo(first.get("sha256"));
        assertThat(summary.get("counts")).isEqualTo(first.get("counts"));
        assertThat(summary.get("events")).isEqualTo(first.get("events"));
        assertThat(summary.get("importedAt")).isEqualTo(first.get("importedAt"));
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void theSampleImportedAgainStoresNothing() {
        importSample();
        long before = events.count();

        var again = importSample();

        assertThat(again.get("outcome").asText()).isEqualTo("ALREADY_IMPORTED");
        assertThat(again.get("events").asLong()).isEqualTo(158);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aDryRunChecksEveryRuleReportsWhatItWouldCreateAndStoresNothing() {
        // the sample under another organisation, with one more signature: new content, new ids
        String organisation = "Provkommun " + unique();
        byte[] content = sampleVariant();
        long before = events.count();

        var dryRun = upload("?dryRun=true&organisation=" + encode(organisation), SAMPLE, content);

        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
        var summary = dryRun.json();
        assertThat(summary.get("outcome").asText()).isEqualTo("DRY_RUN");
        assertThat(summary.get("message").asText()).startsWith("Provkörning: inget har lagrats.");
        assertThat(summary.get("format").asText()).isEqualTo("plan-table");
        assertThat(summary.get("planIds").get(0).asText()).startsWith("provkommun-t").endsWith("-2022");
        assertThat(summary.at("/counts/plans").asInt()).isEqualTo(1);
        assertThat(summary.at("/counts/goals").asInt()).isEqualTo(13);
        assertThat(summary.at("/counts/activities").asInt()).isEqualTo(68);
        assertThat(summary.at("/counts/monthReports").asInt()).isEqualTo(63);
        assertThat(summary.at("/counts/comments").asInt()).isEqualTo(13);
        assertThat(summary.at("/counts/indicators").asInt()).isZero();
        assertThat(summary.get("events").asLong()).isEqualTo(158);
        assertThat(summary.has("position")).isFalse();
        assertThat(events.count()).isEqualTo(before);

        // neither the events, the ids nor the import log were kept: the real import goes through
        var real = upload("?organisation=" + encode(organisation), SAMPLE, content);
        assertThat(real.status()).as(real.body()).isEqualTo(201);
        assertThat(real.json().get("counts")).isEqualTo(summary.get("counts"));
        assertThat(events.count()).isEqualTo(before + 158);
    }

    @Test
    void aDryRunRefusesWhatTheLedgerWouldRefuse() {
        String p = unique();
        long before = events.count();

        var response = upload("?dryRun=true", p + ".csv", Sheets.plan(p, "70", "2023-01-15"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().at("/errors/0/line").asInt()).isEqualTo(8);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aPlanTableNeedsAnOrganisationAndAYear() {
        var noOrganisation = upload("", SAMPLE, sampleVariant());
        assertThat(noOrganisation.status()).isEqualTo(400);
        assertThat(noOrganisation.json().at("/errors/0/field").asText()).isEqualTo("organisation");

        var noYear = upload("?organisation=Vaggeryds%20kommun", "verksamhetsplan.tsv", sampleVariant());
        assertThat(noYear.status()).isEqualTo(400);
        assertThat(noYear.json().at("/errors/0/field").asText()).isEqualTo("year");
    }

    @Test
    void theFormatIsDetectedOrNamedAndAnythingElseIsRejected() {
        var unknown = upload("", "anteckningar.txt", "Hej!\nDetta är ingen plan.\n");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/line").asInt()).isEqualTo(1);
        assertThat(unknown.json().at("/errors/0/reason").asText())
                .contains("format=plan-table, format=csv eller format=xlsx");

        var badFormat = upload("?format=xls", "plan.xls", "x");
        assertThat(badFormat.status()).isEqualTo(400);
        assertThat(badFormat.json().at("/errors/0/field").asText()).isEqualTo("format");

        // named xlsx: the bytes must be a workbook
        var notAWorkbook = upload("?format=xlsx", "plan.xlsx", "x");
        assertThat(notAWorkbook.status()).isEqualTo(400);
        assertThat(notAWorkbook.json().at("/errors/0/reason").asText()).contains("ingen Excel-arbetsbok");

        // named: the plan-table parser reports what is wrong with a spreadsheet
        var named = upload("?format=plan-table&organisation=K&year=2022", "plan.csv", Sheets.plan(unique()));
        assertThat(named.status()).isEqualTo(400);
        assertThat(named.json().get("title").asText()).isEqualTo("Filen kunde inte tolkas");

        var template = upload("", "mall-verksamhetsplan.csv", resource("mall-verksamhetsplan.csv"));
        assertThat(template.status()).isEqualTo(400);
        assertThat(template.json().at("/errors/0/reason").asText()).startsWith("Filen innehåller inget att importera");
    }

    @Test
    void aFileNotInUtf8IsRejectedWithTheLineOfItsFirstBadByte() {
        String p = unique();
        byte[] windows1252 = Sheets.plan(p).getBytes(Charset.forName("windows-1252"));

        var response = upload("", p + ".csv", windows1252);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/line").asInt()).isEqualTo(1);
        assertThat(response.json().at("/errors/0/reason").asText()).startsWith("Filen är inte UTF-8");
    }

    @Test
    void aFileOverOneMegabyteIsRefusedAsTooLarge() {
        String p = unique();
        String padding = "# " + "x".repeat(1100 * 1024) + "\n";

        var response = upload("", p + ".csv", Sheets.plan(p) + padding);

        assertThat(response.status()).isEqualTo(413);
        assertThat(events.of(p + "-P")).isEmpty();
    }

    @Test
    void onlyAnAdminMayImport() {
        String p = unique();
        assertThat(Upload.post(port, "chef", "/api/imports", p + ".csv", Sheets.plan(p).getBytes(java.nio.charset.StandardCharsets.UTF_8)).status())
                .isEqualTo(403);
        assertThat(Upload.post(port, null, "/api/imports", p + ".csv", Sheets.plan(p).getBytes(java.nio.charset.StandardCharsets.UTF_8)).status())
                .isEqualTo(401);
        assertThat(Upload.post(port, "admin", "/api/imports", null, null).status()).isEqualTo(400);
        assertThat(events.of(p + "-P")).isEmpty();
    }
}
