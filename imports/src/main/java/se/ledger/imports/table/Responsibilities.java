package se.ledger.imports.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the "Ansvariga" cell: "Lead Name + group text", where the group text may list initials. */
final class Responsibilities {

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");

    private Responsibilities() {
    }

    static Responsibility parse(String cell, Map<String, Person> signatures) {
        String raw = HtmlText.text(cell);
        if (raw.isEmpty()) {
            return new Responsibility(null, null, new ArrayList<>(), new ArrayList<>(), raw);
        }
        int plus = raw.indexOf('+');
        String lead = plus < 0 ? raw : raw.substring(0, plus).strip();
        String group = plus < 0 ? null : raw.substring(plus + 1).strip();
        Map<String, Person> people = new LinkedHashMap<>();
        Set<String> unresolved = new LinkedHashSet<>();
        byName(lead, signatures).ifPresent(p -> people.put(p.initials(), p));
        for (String token : NOT_A_LETTER.split(raw)) {
            if (Initials.looksLike(token)) {
                Person person = signatures.get(token);
                if (person != null) {
                    people.putIfAbsent(token, person);
                } else {
                    unresolved.add(token);
                }
            }
        }
        return new Responsibility(lead.isEmpty() ? null : lead, group == null || group.isEmpty() ? null : group,
                new ArrayList<>(people.values()), new ArrayList<>(unresolved), raw);
    }

    private static Optional<Person> byName(String lead, Map<String, Person> signatures) {
        return signatures.values().stream().filter(p -> p.name().equalsIgnoreCase(lead)).findFirst();
    }
}
