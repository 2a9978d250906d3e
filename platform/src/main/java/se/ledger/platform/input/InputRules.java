package se.ledger.platform.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * What the ledger takes in at any door (JSON API, path, query, imports): one rule each for text, dates
 * and numbers, so an event never holds what a reader, PostgreSQL or a spreadsheet cannot take back.
 */
public final class InputRules {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;
    /** Larger than any municipal budget in kronor; beyond it a measurement is a typing error or an attack. */
    public static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1e12");
    public static final int MAX_DECIMALS = 6;

    /** The ids the API hands out and accepts, in bodies and paths alike. */
    public static final String ID_RULE = "högst 100 tecken: bokstäver a–z, siffror och . _ : -";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    private InputRules() {
    }

    public static boolean isId(String text) {
        return text != null && ID.matcher(text).matches();
    }

    /** What is wrong with the text, in Swedish, or null when it may be stored. */
    public static String textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "innehåller ett ogiltigt tecken (ensamt surrogat U+" + hex(c) + ") på plats " + (i + 1);
            } else if (isControl(c)) {
                return "innehåller ett otillåtet styrtecken (U+" + hex(c) + ") på plats " + (i + 1);
            }
        }
        return null;
    }

    /** Tab, line feed and carriage return are text; the other C0 and C1 controls and DEL are not. */
    public static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }

    /** Text areas send CRLF (and old Macs CR): stored as one kind of newline. */
    public static String normaliseNewlines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    public static String dateProblem(LocalDate date) {
        return yearProblem(date.getYear());
    }

    public static String monthProblem(YearMonth month) {
        return yearProblem(month.getYear());
    }

    private static String yearProblem(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR ? null
                : "året ska ligga mellan " + FIRST_YEAR + " och " + LAST_YEAR;
    }

    public static String numberProblem(BigDecimal value) {
        if (value.abs().compareTo(MAX_MAGNITUDE) >= 0) {
            return "talet är för stort (högst ±" + MAX_MAGNITUDE.toPlainString() + ")";
        }
        if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return "högst " + MAX_DECIMALS + " decimaler";
        }
        return null;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
