package se.ledger.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Properties;
import se.ledger.events.EntityKind;
import se.ledger.events.MonthMark;

/**
 * The words users read for the codes of the events (ledger-labels.properties, UTF-8): the event
 * contract holds codes only, so a reworded label never touches a stored event. A plain bundle rather
 * than a Spring bean, because aggregates and the prognosis rule phrase their Swedish messages too. Read in the
 * order the file lists the words, which is the order some pages show them in (the audit trail's fields).
 */
public final class Vocabulary {

    public static final String BUNDLE = "ledger-labels";

    private static final Map<String, String> WORDS = read();

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
        String word = WORDS.get(key);
        if (word == null) {
            throw new MissingResourceException("No word for " + key, BUNDLE, key);
        }
        return word;
    }

    /**
     * Every word whose key is prefix.CODE, by code, in the order the bundle lists them: for codes that are not
     * enums of ours (assessments, event types and fields).
     */
    public static Map<String, String> words(String prefix) {
        var words = new LinkedHashMap<String, String>();
        WORDS.forEach((key, word) -> {
            String code = key.startsWith(prefix + ".") ? key.substring(prefix.length() + 1) : "";
            if (!code.isEmpty() && !code.contains(".")) {
                words.put(code, word);
            }
        });
        return words;
    }

    private static Map<String, String> read() {
        var words = new LinkedHashMap<String, String>();
        // Properties hands each entry to put in file order; a plain ResourceBundle forgets the order
        var reader = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                return words.put((String) key, (String) value);
            }
        };
        try (var in = Vocabulary.class.getResourceAsStream("/" + BUNDLE + ".properties")) {
            reader.load(new InputStreamReader(Objects.requireNonNull(in, BUNDLE), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(words);
    }

    private static String key(Enum<?> code) {
        return code.getDeclaringClass().getSimpleName() + "." + code.name();
    }
}
