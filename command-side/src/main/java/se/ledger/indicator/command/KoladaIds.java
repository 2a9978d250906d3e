package se.ledger.indicator.command;

import java.util.regex.Pattern;
import se.ledger.events.KoladaRef;
import se.ledger.platform.InvalidInput;

/**
 * What a Kolada connection names: a KPI id (N for municipal KPIs, U for those of organisational units,
 * and five digits: N00945) and a municipality id (four digits: 0665 Vaggeryd; 0000 is Sweden as a
 * whole). Checked alike where the API reads a request and where the indicator takes the command.
 */
public final class KoladaIds {

    private static final Pattern KPI = Pattern.compile("[NU]\\d{5}");
    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");

    private KoladaIds() {
    }

    /** @throws InvalidInput naming kolada.kpi or kolada.municipality; null (no connection) passes */
    public static void check(KoladaRef kolada) {
        if (kolada == null) {
            return;
        }
        if (kolada.kpi() == null || !KPI.matcher(kolada.kpi()).matches()) {
            throw new InvalidInput("kolada.kpi", "ett Kolada-nyckeltals id är N eller U följt av fem siffror"
                    + " (t.ex. N00945), inte " + shown(kolada.kpi()));
        }
        if (kolada.municipality() == null || !MUNICIPALITY.matcher(kolada.municipality()).matches()) {
            throw new InvalidInput("kolada.municipality", "en kommuns id i Kolada är fyra siffror (t.ex. 0665 för"
                    + " Vaggeryd), inte " + shown(kolada.municipality()));
        }
    }

    /** "N00945 för kommun 0665", for messages. */
    public static String describe(KoladaRef kolada) {
        return kolada == null ? "inget" : kolada.kpi() + " för kommun " + kolada.municipality();
    }

    private static String shown(String id) {
        return id == null ? "inget" : "'" + id + "'";
    }
}
