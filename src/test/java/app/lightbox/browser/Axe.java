package app.lightbox.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;

/** Accessibility checks with axe-core on the page as it is now. */
public final class Axe {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Axe() {}

    /** One broken axe rule: its id, impact, summary and the elements (CSS selectors) that break it. */
    public record Violation(String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return "%n  %s (%s): %s%n    at %s".formatted(rule, impact, help, String.join("\n    at ", targets));
        }
    }

    /**
     * The serious and critical violations on the page; {@code assertThat(Axe.violations(page)).isEmpty()}
     * then fails with the rule ids, impacts and target selectors.
     */
    public static List<Violation> violations(Page page) {
        return violations(page, List.of());
    }

    /** As {@link #violations(Page)}, without the given axe rule ids. */
    public static List<Violation> violations(Page page, List<String> disabledRules) {
        BrowserTest.waitForVaadin(page);
        AxeBuilder builder = new AxeBuilder(page);
        if (!disabledRules.isEmpty()) {
            builder.disableRules(disabledRules);
        }
        AxeResults results = builder.analyze();
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + page.url() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(Axe::violation)
                .toList();
    }

    private static Violation violation(Rule rule) {
        List<String> targets = rule.getNodes().stream().map(Axe::target).toList();
        return new Violation(rule.getId(), rule.getImpact(), rule.getHelp(), targets);
    }

    private static String target(CheckedNode node) {
        // a list of selectors, one more per shadow root on the way to the element
        String selector = String.valueOf(node.getTarget());
        String summary = node.getFailureSummary();
        return summary == null ? selector : selector + " — " + summary.replaceAll("\\s+", " ").strip();
    }
}
