package se.ledger.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;

/** axe-core on the page the browser shows: what WCAG 2.1 AA calls serious or critical, described for a failure. */
final class AxeCheck {

    private static final List<String> SERIOUS = List.of("serious", "critical");

    private AxeCheck() {
    }

    static List<String> seriousViolations(Chromium browser, String page) {
        var results = new AxeBuilder().setLegacyMode(true).analyze(browser.driver());
        assertThat(results.isErrored()).as(page + ": " + results.getErrorMessage()).isFalse();
        return results.getViolations().stream()
                .filter(rule -> SERIOUS.contains(rule.getImpact()))
                .map(rule -> page + ": " + describe(rule))
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " "
                + rule.getNodes().stream().limit(5).map(n -> String.valueOf(n.getTarget())).toList();
    }
}
