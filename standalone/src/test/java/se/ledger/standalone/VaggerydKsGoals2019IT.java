package se.ledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * Kommunstyrelsens mål 2019 (vaggeryd-ks-mal-2019.txt) entered as the municipality would: the
 * council's goals for 2015–2019, the eight KS goals of 2019, each contributing to KF goals and
 * carrying its Agenda 2030 goals, målområde, syfte, strategier and risker; then the follow-up per
 * 31 August and a decision that links one more KS goal to a KF goal.
 */
class VaggerydKsGoals2019IT extends DocumentTestBase {

    @Test
    void theCouncilSeesTheBoardsGoalsUnderItsOwnWithTheirPrognoses() {
        document = new DocumentFixture("vaggeryd-ks-mal-2019.json", plan);
        document.enterPlansAndGoals((path, body) -> write("admin", path, body));
        String beforeFollowUp = read(planPath("kf")).get("asOf").asText();
        document.enterMeasurements((path, body) -> write("chef", path, body));
        String afterFollowUp = read(planPath("kf")).get("asOf").asText();
        write("admin", "/api/goals/" + id("ks-7") + "/revisions", "{'contributesTo':['" + id("kf-8") + "','"
                + id("kf-4") + "'],'decision':{'body':'KS','date':'2019-09-02','paragraph':'100'},"
                + "'reason':'Omvärldsbevakningen kopplas samman med hållbarhetsarbetet'}");

        var organisations = read("/api/organisations");
        assertThat(find(find(organisations, "organisation", "Kommunfullmäktige").get("plans"), "id", id("kf"))
                .get("level").asText()).isEqualTo("COUNCIL");
        assertThat(find(find(organisations, "organisation", "Kommunstyrelsen").get("plans"), "id", id("ks"))
                .get("level").asText()).isEqualTo("BOARD");
        assertThat(find(read("/api/plans"), "id", id("ks")).get("periodStart").asText()).isEqualTo("2019-01-01");

        var ks = read(planPath("ks") + "?validAt=2019-08-31");
        assertThat(ks.get("level").asText()).isEqualTo("BOARD");
        assertThat(ids(ks.get("goals"))).containsExactly(id("ks-1"), id("ks-2"), id("ks-3"), id("ks-4"), id("ks-5"),
                id("ks-6"), id("ks-7"), id("ks-8"));
        var growth = ks.get("goals").get(0);
        assertThat(growth.get("area").asText()).isEqualTo("Tillväxt, hållbarhet och fysisk planering");
        assertThat(growth.get("sdgs").toString()).isEqualTo("[11,7]");
        assertThat(growth.get("purpose").asText()).startsWith("Hållbar tillväxt och utvecklad infrastruktur");
        assertThat(growth.get("strategies")).hasSize(6);
        assertThat(texts(growth.get("risks"))).containsExactly("Exploateringstakt", "Investeringstakt",
                "Klimatförändringar");
        assertThat(fields(growth.get("contributesTo"), "goalId")).containsExactly(id("kf-1"), id("kf-4"));
        assertThat(growth.get("contributesTo").get(1).get("planId").asText()).isEqualTo(id("kf"));
        assertThat(growth.get("contributesTo").get(1).get("title").asText()).startsWith("KF mål 4. Miljöfrågorna");
        assertThat(fields(ks.get("goals"), "prognosis")).containsExactly("MET", "PARTLY_MET", "NOT_ASSESSABLE",
                "NOT_ASSESSABLE", "MET", "NOT_MET", "NOT_ASSESSABLE", "NOT_ASSESSABLE");

        // the council's view at the August report, before the September decision
        var kf = read(planPath("kf") + "?validAt=2019-08-31&asOf=" + afterFollowUp);
        assertThat(kf.get("level").asText()).isEqualTo("COUNCIL");
        var kf1 = find(kf.get("goals"), "id", id("kf-1"));
        assertThat(fields(kf1.get("contributions"), "goalId")).containsExactly(id("ks-1"), id("ks-2"), id("ks-3"),
                id("ks-4"));
        assertThat(fields(kf1.get("contributions"), "prognosis")).containsExactly("MET", "PARTLY_MET",
                "NOT_ASSESSABLE", "NOT_ASSESSABLE");
        assertThat(kf1.get("contributions").get(0).get("planId").asText()).isEqualTo(id("ks"));
        assertThat(kf1.get("prognosis").asText()).isEqualTo("PARTLY_MET");
        assertThat(prognosisOf(kf, "kf-4")).isEqualTo("MET");
        assertThat(prognosisOf(kf, "kf-7")).isEqualTo("MET");
        assertThat(prognosisOf(kf, "kf-2")).isEqualTo("NOT_MET");
        assertThat(prognosisOf(kf, "kf-8")).isEqualTo("NOT_ASSESSABLE");
        assertThat(fields(find(kf.get("goals"), "id", id("kf-4")).get("contributions"), "goalId"))
                .containsExactly(id("ks-1"));

        var prognoses = read("/api/plans/" + id("kf") + "/prognoses?validAt=2019-08-31&asOf=" + afterFollowUp);
        var kf1Prognosis = find(prognoses.get("prognoses"), "goalId", id("kf-1"));
        assertThat(kf1Prognosis.get("computed").asText()).isEqualTo("PARTLY_MET");
        assertThat(fields(kf1Prognosis.get("reasons"), "id")).contains(id("ks-1"), id("ks-2"));

        // before the follow-up was entered, and before the August figures took effect, nothing could be judged
        var known = read(planPath("kf") + "?validAt=2019-08-31&asOf=" + beforeFollowUp);
        assertThat(prognosisOf(known, "kf-1")).isEqualTo("NOT_ASSESSABLE");
        assertThat(fields(find(known.get("goals"), "id", id("kf-1")).get("contributions"), "prognosis"))
                .containsOnly("NOT_ASSESSABLE");
        assertThat(prognosisOf(read(planPath("kf") + "?validAt=2019-04-30"), "kf-1")).isEqualTo("NOT_ASSESSABLE");

        // the September decision: KS mål 7 also contributes to KF mål 4, from the decision's date
        assertThat(fields(find(read(planPath("kf") + "?validAt=2019-09-30").get("goals"), "id", id("kf-4"))
                .get("contributions"), "goalId")).containsExactly(id("ks-1"), id("ks-7"));
        assertThat(fields(find(read(planPath("kf") + "?validAt=2019-08-31").get("goals"), "id", id("kf-4"))
                .get("contributions"), "goalId")).containsExactly(id("ks-1"));
        assertThat(fields(find(read(planPath("kf") + "?validAt=2019-09-30&asOf=" + afterFollowUp).get("goals"), "id",
                id("kf-4")).get("contributions"), "goalId")).containsExactly(id("ks-1"));
        var revision = read("/api/goals/" + id("ks-7") + "/events").get(1);
        assertThat(revision.get("type").asText()).isEqualTo("GoalRevised");
        assertThat(revision.get("data").get("contributesTo")).hasSize(2);

        // the council's month grid: its goals judged by the board's contributions at each month's end
        var kf1Months = find(read("/api/plans/" + id("kf") + "/history?year=2019").get("rows"), "id", id("kf-1"))
                .get("months");
        assertThat(kf1Months.get(3).get("prognosis").asText()).isEqualTo("NOT_ASSESSABLE");
        assertThat(kf1Months.get(7).get("prognosis").asText()).isEqualTo("PARTLY_MET");

        var grid = read("/api/plans/" + id("ks") + "/history?year=2019");
        var areas = new ArrayList<String>();
        grid.get("rows").forEach(row -> areas.add(row.get("area").asText()));
        assertThat(areas.stream().distinct()).containsExactly("Tillväxt, hållbarhet och fysisk planering",
                "Arbete och fritid", "Kunskap och hälsa", "Demokrati, delaktighet/tillgänglighet och service",
                "Samverkan regionalt/nationellt/internationellt", "Intern resursanvändning och styrning");
    }
}
