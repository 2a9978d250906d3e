package se.ledger.standalone.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledger.platform.test.Api.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

/**
 * The plan out as an .xlsx and in again: the workbook of GET …/report.xlsx imported (its ids given another
 * prefix, as into an empty ledger) gives the same plan view; a broken row is refused by sheet, row and column.
 */
class XlsxRoundTripIT extends ImportTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AT = "validAt=2022-09-30";

    private long position;

    private void write(String user, String path, String body) {
        var response = api.post(user, path, json(body));
        assertThat(response.status()).as(path + " " + response.body()).isIn(200, 201);
        position = Math.max(position, response.json().get("position").asLong());
    }

    /** A plan with what the spreadsheet carries: goal texts, every kind of indicator, statuses, measurements. */
    private void buildPlan(String p) {
        write("admin", "/api/plans", "{'id':'" + p + "','organisation':'Exempelby kommun','title':'Verksamhetsplan "
                + "2022','periodStart':'2022-01-01','periodEnd':'2022-12-31','level':'ADMINISTRATION'}");
        write("admin", "/api/plans/" + p + "/goals", "{'id':'" + p + "-M1','title':'Trygga barn','area':'Barn och "
                + "unga','direction':true,'sdgs':[4,10],'desiredEffects':['Fler elever fullföljer','Trygg skola'],"
                + "'purpose':'Varje barn ska lyckas','strategies':['Tidiga insatser','Likvärdig undervisning'],"
                + "'risks':['Lärarbrist']}");
        write("admin", "/api/plans/" + p + "/goals", "{'id':'" + p + "-M2','parentGoalId':'" + p + "-M1','title':"
                + "'Fler behöriga till gymnasiet','area':'Barn och unga'}");
        write("admin", "/api/plans/" + p + "/goals", "{'id':'" + p + "-M3','title':'Delmål 2022'}");
        write("admin", "/api/goals/" + p + "-M3/revisions", "{'validTo':'2022-12-31','decision':{'body':'BUN',"
                + "'date':'2022-02-14','paragraph':'12'},'reason':'Delmål för ett år'}");
        write("admin", "/api/goals/" + p + "-M2/indicators", "{'id':'" + p + "-N1','name':'Andel behöriga','unit':"
                + "'%','baseline':{'value':82.5,'date':'2021-12-31'},'target':{'value':90,'date':'2022-12-31'},"
                + "'source':'SCB'}");
        write("admin", "/api/goals/" + p + "-M1/indicators", "{'id':'" + p + "-N2','name':'Sjukfrånvaro','unit':'%',"
                + "'baseline':{'value':7.1,'date':'2021-12-31'},'target':{'direction':'DECREASE'}}");
        write("admin", "/api/goals/" + p + "-M1/indicators", "{'id':'" + p + "-N3','name':'Nya platser','unit':'st',"
                + "'kind':'FLOW','baseline':{'value':40,'date':'2021-12-31'},'targets':[{'year':2022,'value':50},"
                + "{'year':2023,'value':55}]}");
        write("admin", "/api/goals/" + p + "-M3/indicators", "{'id':'" + p + "-N4','name':'Ny kostpolicy','unit':"
                + "'bedömning','baseline':{'text':'Sätts i samband med ny kostpolicy'},'target':{'text':'Antagen'}}");
        write("chef", "/api/plans/" + p + "/activities", "{'id':'" + p + "-A1','goalIds':['" + p + "-M2'],'title':"
                + "'Läxhjälp','responsible':{'person':'Anna Ek','unit':'Grundskolan'},'start':'2022-01-01','end':"
                + "'2022-12-31'}");
        write("chef", "/api/plans/" + p + "/activities", "{'id':'" + p + "-A2','goalIds':['" + p + "-M1','" + p
                + "-M3'],'title':'Trygghetsvandringar','responsible':{'person':'Per Ås','unit':'Elevhälsan'},"
                + "'start':'2022-03-01','end':'2022-11-30'}");
        write("chef", "/api/plans/" + p + "/activities", "{'id':'" + p + "-A3','goalIds':['" + p + "-M1'],'title':"
                + "'Ny kostpolicy','responsible':{'person':'Eva Öst','unit':'Kosten'},'start':'2022-01-01','end':"
                + "'2022-12-31'}");
        write("chef", "/api/activities/" + p + "-A1/status", "{'status':'ON_TRACK','effectiveDate':'2022-04-30'}");
        write("chef", "/api/activities/" + p + "-A2/status", "{'status':'DEVIATING','explanation':'Vandringarna "
                + "flyttas till hösten; rektorerna saknas','effectiveDate':'2022-08-31'}");
        write("chef", "/api/indicators/" + p + "-N1/measurements", "{'value':84.25,'comment':'Vårterminen',"
                + "'effectiveDate':'2022-06-30'}");
        write("chef", "/api/indicators/" + p + "-N1/measurements", "{'noNewData':true,'effectiveDate':'2022-08-31'}");
        write("chef", "/api/indicators/" + p + "-N2/measurements", "{'value':6.8,'effectiveDate':'2022-06-30'}");
        write("chef", "/api/indicators/" + p + "-N3/measurements", "{'value':21,'effectiveDate':'2022-06-30'}");
        write("chef", "/api/indicators/" + p + "-N4/measurements", "{'assessment':'AT_RISK','text':'Beslut väntas "
                + "i höst','effectiveDate':'2022-08-31'}");
    }

    private byte[] export(String plan, String query) {
        var response = api.getBytes("revisor", "/api/plans/" + plan + "/report.xlsx?" + query + "&minPosition="
                + position);
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(t -> assertThat(t)
                .contains("attachment").contains(".xlsx"));
        return response.body();
    }

    /** The view without when it was read. */
    private static JsonNode comparable(JsonNode view) {
        ObjectNode copy = view.deepCopy();
        copy.remove("asOf");
        return copy;
    }

    @Test
    void aPlanExportedAsXlsxAndImportedAgainGivesTheSamePlanView() throws Exception {
        String p = unique();
        String q = unique();
        buildPlan(p);
        JsonNode original = read("/api/plans/" + p + "?" + AT, position);

        byte[] workbook = export(p, AT);
        byte[] renamed = Workbooks.rewriteText(workbook, "Plan", text -> text.replace(p, q));
        var imported = upload("", q + ".xlsx", renamed);

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("format").asText()).isEqualTo("xlsx");
        assertThat(imported.json().at("/counts/measurements").asInt()).isEqualTo(5);
        JsonNode copy = read("/api/plans/" + q + "?" + AT, imported.json().get("position").asLong());
        // the file judged the indicator, not chef: the one difference an import makes
        String judge = "import:" + q + ".xlsx";
        assertThat(copy.toString()).contains("\"assessedBy\":\"" + judge + "\"");
        JsonNode expected = JSON.readTree(original.toString().replace(p, q));
        assertThat(comparable(JSON.readTree(copy.toString().replace(judge, "chef"))))
                .isEqualTo(comparable(expected));
    }

    @Test
    void theVaggerydSampleExportedAsXlsxAndImportedAgainGivesTheSamePlanView() throws Exception {
        String organisation = "Xlsx " + unique();
        var sample = upload("?organisation=" + encode(organisation) + "&year=2022", SAMPLE, sampleVariant());
        assertThat(sample.status()).as(sample.body()).isEqualTo(201);
        String p = sample.json().at("/planIds/0").asText();
        position = sample.json().get("position").asLong();
        String at = "validAt=2022-08-31";
        JsonNode original = read("/api/plans/" + p + "?" + at, position);

        byte[] workbook = export(p, at);
        try (var read = Workbooks.open(workbook)) {
            assertThat(Workbooks.rowsOfType(read, "Plan", "MÅL")).isEqualTo(13);
            assertThat(Workbooks.rowsOfType(read, "Plan", "AKTIVITET")).isEqualTo(68);
            // the month marks are in the grid: 63 arrows, as imported
            long arrows = 0;
            for (var row : read.getSheet("Månader 2022")) {
                if (row.getCell(0) != null && row.getCell(0).toString().equals("Förklaring")) {
                    break; // the key under the grid shows each arrow once
                }
                for (var cell : row) {
                    arrows += row.getRowNum() > 1 && cell.getColumnIndex() >= 1 && cell.getColumnIndex() <= 12
                            && cell.toString().matches("[⇒↑↓]") ? 1 : 0;
                }
            }
            assertThat(arrows).isEqualTo(63);
        }
        String q = unique();
        var imported = upload("", q + ".xlsx", Workbooks.rewriteText(workbook, "Plan", text -> text.replace(p, q)));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().at("/counts/activities").asInt()).isEqualTo(68);
        JsonNode copy = read("/api/plans/" + q + "?" + at, imported.json().get("position").asLong());
        assertThat(comparable(copy)).isEqualTo(comparable(JSON.readTree(original.toString().replace(p, q))));
    }

    @Test
    void theWorkbookHoldsThePlanTheMonthGridInThePagesColoursAndTheAuditTrail() {
        String p = unique();
        buildPlan(p);

        try (var workbook = Workbooks.open(export(p, AT))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Plan");
            assertThat(workbook.getSheetName(1)).isEqualTo("Månader 2022");
            assertThat(workbook.getSheetName(2)).isEqualTo("Händelser");
            assertThat(Workbooks.rowsOfType(workbook, "Plan", "MÅL")).isEqualTo(3);
            assertThat(Workbooks.rowsOfType(workbook, "Plan", "AKTIVITET")).isEqualTo(3);
            assertThat(Workbooks.rowsOfType(workbook, "Plan", "MÄTNING")).isEqualTo(5);

            // A2 deviates in August: the month filled as on the page (#ffe89a), September white with the bar in
            // the page's amber (--deviating, #b07d00 since the lights keep 3:1 against white)
            XSSFSheet grid = workbook.getSheet("Månader 2022");
            var a2 = rowTitled(grid, "Trygghetsvandringar");
            assertThat(fill(a2.getCell(8))).isEqualTo("FFE89A");
            assertThat(a2.getCell(8).getCellComment().getString().getString()).contains("Pågående med avvikelse");
            assertThat(fill(a2.getCell(9))).isNull();
            assertThat(((XSSFColor) a2.getCell(9).getCellStyle().getBottomBorderXSSFColor()).getARGBHex())
                    .endsWith("B07D00");
            // October lies after validAt: grey, as a month still to come
            assertThat(fill(a2.getCell(10))).isEqualTo("F3F4F6");

            var trail = workbook.getSheet("Händelser");
            // 19 events under the note and the header
            assertThat(trail.getLastRowNum()).isEqualTo(1 + 19);
            assertThat(trail.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Händelse");
            assertThat(trail.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Plan registrerad");
            // the event's and its fields' words are the audit trail page's (the labels bundle)
            var status = java.util.stream.IntStream.rangeClosed(2, trail.getLastRowNum()).mapToObj(trail::getRow)
                    .filter(r -> "Status rapporterad".equals(r.getCell(3).getStringCellValue())).findFirst().orElseThrow();
            assertThat(status.getCell(6).getStringCellValue()).startsWith("Status: ON_TRACK");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anIssuedReportIsExportedAtItsTimesAndNamedInTheFile() {
        String p = unique();
        buildPlan(p);
        write("admin", "/api/plans/" + p + "/reports", "{'id':'" + p + "-aug','title':'Delårsrapport augusti',"
                + "'reportDate':'2022-08-31'}");
        // after the report: not in it
        write("chef", "/api/activities/" + p + "-A1/status", "{'status':'COMPLETED','effectiveDate':'2022-08-31'}");

        try (var workbook = Workbooks.open(export(p, "report=" + p + "-aug"))) {
            var plan = workbook.getSheet("Plan");
            assertThat(plan.getRow(0).getCell(0).getStringCellValue()).startsWith("# ")
                    .contains("Delårsrapport augusti").contains("per 2022-08-31");
            var a1 = rowWithId(plan, p + "-A1");
            assertThat(a1.getCell(24).getStringCellValue()).isEqualTo("Pågående enligt plan");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var both = api.get("revisor", "/api/plans/" + p + "/report.xlsx?report=" + p + "-aug&validAt=2022-08-31");
        assertThat(both.status()).isEqualTo(400);
        assertThat(api.get("revisor", "/api/plans/" + p + "/report.xlsx?report=nej").status()).isEqualTo(400);
        assertThat(api.get("dashboard", "/api/plans/" + p + "/report.xlsx").status()).isEqualTo(200);
        assertThat(api.get(null, "/api/plans/" + p + "/report.xlsx").status()).isEqualTo(401);
        assertThat(api.get("revisor", "/api/plans/finns-inte/report.xlsx").status()).isEqualTo(404);
    }

    @Test
    void anXlsxWithABrokenRowIsRefusedWithSheetRowAndColumnAndNothingIsStored() {
        String p = unique();
        String q = unique();
        buildPlan(p);
        byte[] workbook = Workbooks.rewriteText(export(p, AT), "Plan", text -> text.replace(p, q)
                .replace("Pågående med avvikelse", "Halvklart"));
        long before = events.count();

        var refused = upload("", q + ".xlsx", workbook);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        var problem = refused.json().at("/errors/0");
        assertThat(problem.get("sheet").asText()).isEqualTo("Plan");
        assertThat(problem.get("columnLetter").asText()).isEqualTo("Y");
        assertThat(problem.get("column").asText()).isEqualTo("status");
        assertThat(problem.get("line").asInt()).isEqualTo(rowWithId(Workbooks.open(workbook).getSheet("Plan"),
                q + "-A2").getRowNum() + 1);
        assertThat(problem.get("reason").asText()).startsWith("okänd status 'Halvklart'");
        assertThat(events.count()).isEqualTo(before);
        assertThat(api.get("revisor", "/api/plans/" + q).status()).isEqualTo(404);
    }

    @Test
    void aLedgerRuleRefusingARowNamesItsSheetAndRowAndNothingIsStored() {
        String p = unique();
        String q = unique();
        buildPlan(p);
        byte[] renamed = Workbooks.rewriteText(export(p, AT), "Plan", text -> text.replace(p, q));
        // "bidrar till" (column AF) names a goal that is neither in the file nor in the ledger
        byte[] workbook = Workbooks.withCell(renamed, "Plan", q + "-M1", 31, q + "-KF9");
        int row = rowWithId(Workbooks.open(workbook).getSheet("Plan"), q + "-M1").getRowNum() + 1;
        long before = events.count();

        var refused = upload("", q + ".xlsx", workbook);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/sheet").asText()).isEqualTo("Plan");
        assertThat(refused.json().at("/errors/0/line").asInt()).isEqualTo(row);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("contributesTo");
        assertThat(refused.json().get("detail").asText()).startsWith("Blad 'Plan', rad " + row + " (" + q + "-M1):");
        assertThat(events.count()).isEqualTo(before);
    }

    private static org.apache.poi.xssf.usermodel.XSSFRow rowTitled(XSSFSheet sheet, String title) {
        for (var row : sheet) {
            if (row.getCell(0) != null && title.equals(row.getCell(0).getStringCellValue())) {
                return (org.apache.poi.xssf.usermodel.XSSFRow) row;
            }
        }
        throw new AssertionError("no row " + title);
    }

    private static org.apache.poi.xssf.usermodel.XSSFRow rowWithId(XSSFSheet sheet, String id) {
        for (var row : sheet) {
            if (row.getCell(1) != null && id.equals(row.getCell(1).toString())) {
                return (org.apache.poi.xssf.usermodel.XSSFRow) row;
            }
        }
        throw new AssertionError("no row " + id);
    }

    private static String fill(org.apache.poi.ss.usermodel.Cell cell) {
        var color = (XSSFColor) cell.getCellStyle().getFillForegroundColorColor();
        return color == null ? null : color.getARGBHex().substring(2);
    }
}
