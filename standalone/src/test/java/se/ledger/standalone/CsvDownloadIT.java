package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV tables as downloads: with a byte order mark for Excel, also by ?format=csv without an Accept header. */
class CsvDownloadIT extends LedgerTestBase {

    @Test
    void aTableIsDownloadedAsCsvWithItsByteOrderMarkByTheFormatParameter() {
        givenPlan();
        String goal = goal("g1", "");
        activity("a1", goal, "2022-01-01");

        var viaHeader = api.get("revisor", "/api/plans/" + plan + "/history?year=2022&minPosition=" + lastPosition,
                se.ledger.platform.test.Api.headers("Accept", "text/csv"));
        assertThat(viaHeader.status()).as(viaHeader.body()).isEqualTo(200);
        var history = api.get("revisor", "/api/plans/" + plan + "/history?year=2022&format=csv&minPosition="
                + lastPosition);
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        assertThat(history.contentType()).startsWith("text/csv");
        assertThat(history.body()).startsWith("\uFEFFtyp;id;titel;").contains("Aktivitet a1");
        assertThat(history.header("Content-Disposition")).contains("attachment")
                .contains("manadsoversikt-" + plan + "-2022.csv");

        var events = api.get("revisor", "/api/plans/" + plan + "/events?include=children&format=CSV");
        assertThat(events.status()).isEqualTo(200);
        assertThat(events.body()).startsWith("\uFEFF");

        // JSON stays the answer without the parameter, and an answer that is no table is not CSV
        assertThat(api.get("revisor", "/api/plans/" + plan + "/history?year=2022").contentType())
                .startsWith("application/json");
        assertThat(api.get("revisor", "/api/plans/" + plan + "?format=csv").status()).isEqualTo(406);
    }
}
