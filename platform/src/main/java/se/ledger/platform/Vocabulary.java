package se.ledger.platform;

import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import se.ledger.events.EntityKind;
import se.ledger.events.MonthMark;

/**
 * The words users read for the codes of the events (ledger-labels.properties, UTF-8): the event
 * contract holds codes only, so a reworded label never touches a stored event. A plain bundle rather
 * than a Spring bean, because aggregates and the prognosis rule phrase their Swedish messages too.
 */
public final class Vocabulary {

    public static final String BUNDLE = "ledger-labels";

    private static final ResourceBundle WORDS = ResourceBundle.getBundle(BUNDLE,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Vocabulary() {
    }

    /** "Pågående enligt plan" for ActivityStatus.ON_TRACK; likewise every enum the bundle names. */
    public static String label(Enum<?> code) {
        return word(key(code));
    }

    public static String symbol(MonthMark mark) {
        return word(key(mark) + ".symbol");
    }

    /** "Målet": starts a sentence about one named entity. */
    public static String definite(EntityKind kind) {
        return word(key(kind) + ".definite");
    }

    /** "ett mål". */
    public static String indefinite(EntityKind kind) {
        return word(key(kind) + ".indefinite");
    }

    /** "januari" for 1; short: "Jan". */
    public static String month(int month, boolean isShort) {
        return word("Month." + month + (isShort ? ".short" : ""));
    }

    /** Any word by its key, for codes that are not enums of ours (the read side's assessments). */
    public static String word(String key) {
        return WORDS.getString(key);
    }

    /** Every word whose key is prefix.CODE, by code: for codes that are not enums of ours. */
    public static Map<String, String> words(String prefix) {
        var words = new TreeMap<String, String>();
        for (String key : WORDS.keySet()) {
            String code = key.startsWith(prefix + ".") ? key.substring(prefix.length() + 1) : "";
            if (!code.isEmpty() && !code.contains(".")) {
                words.put(code, WORDS.getString(key));
            }
        }
        return words;
    }

    private static String key(Enum<?> code) {
        return code.getDeclaringClass().getSimpleName() + "." + code.name();
    }
}
