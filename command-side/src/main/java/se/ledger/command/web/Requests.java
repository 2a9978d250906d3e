package se.ledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;
import se.ledger.events.Correction;
import se.ledger.command.CorrectionReason;
import se.ledger.platform.InvalidInput;
import se.ledger.platform.input.InputRules;

/** Reading the parts every write request shares: ids, If-Match and corrections. */
public final class Requests {

    private static final Pattern VERSION = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private Requests() {
    }

    /** The client's id (for idempotent retries) or a new one. */
    public static String idOrNew(String given) {
        if (given == null) {
            return UUID.randomUUID().toString();
        }
        if (!InputRules.isId(given)) {
            throw new InvalidInput("id", InputRules.ID_RULE);
        }
        return given;
    }

    public static Long ifMatch(HttpServletRequest request) {
        String header = request.getHeader("If-Match");
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        var matcher = VERSION.matcher(header.trim());
        if (!matcher.matches()) {
            throw new InvalidInput("If-Match", "ska vara en version som \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    public static Correction correction(String corrects, String reason) {
        if (corrects == null) {
            return null;
        }
        CorrectionReason.check(reason);
        return new Correction(corrects, reason);
    }
}
