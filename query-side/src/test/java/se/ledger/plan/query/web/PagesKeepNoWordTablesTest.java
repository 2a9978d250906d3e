package se.ledger.plan.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.ledger.events.ActivityStatus;
import se.ledger.events.IndicatorKind;
import se.ledger.events.MonthMark;
import se.ledger.events.Prognosis;
import se.ledger.events.TargetDirection;
import se.ledger.platform.Vocabulary;

/** The pages take the words for codes from /api/labels; a second copy in the scripts would drift. */
class PagesKeepNoWordTablesTest {

    private static final Path SCRIPTS = Path.of("src/main/resources/static/js");

    @Test
    void noScriptSpellsOutTheWordsOfTheBundle() throws IOException {
        List<String> words = new ArrayList<>();
        Stream.of(ActivityStatus.values(), Prognosis.values(), MonthMark.values(), TargetDirection.values())
                .flatMap(Stream::of).forEach(code -> words.add(Vocabulary.label(code)));
        Stream.of(MonthMark.values()).forEach(mark -> words.add(Vocabulary.symbol(mark)));
        words.addAll(Vocabulary.words("Assessment").values());
        for (int month = 1; month <= 12; month++) {
            words.add("'" + Vocabulary.month(month, false) + "'");
            words.add("'" + Vocabulary.month(month, true) + "'");
        }
        try (Stream<Path> scripts = Files.list(SCRIPTS)) {
            for (Path script : scripts.toList()) {
                String text = Files.readString(script);
                assertThat(words).as(script.getFileName().toString())
                        .noneMatch(text::contains);
            }
        }
    }

    @Test
    void theAuditTrailPageSpellsOutNoEventTypeOrFieldWord() throws IOException {
        // the trail's words are common ones ("Status", "Mål"): quoted, as a table would hold them
        List<String> words = new ArrayList<>();
        Stream.of(Vocabulary.words("EventType"), Vocabulary.words("EventField"))
                .forEach(group -> group.values().forEach(word -> words.add("'" + word + "'")));
        Stream.of(IndicatorKind.values()).forEach(kind -> words.add("'" + Vocabulary.label(kind) + "'"));
        String page = Files.readString(SCRIPTS.resolve("entity.js"));
        assertThat(words).noneMatch(page::contains);
    }
}
