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

    /**
     * One broken axe rule: its id, impact and summary, and the elements that break it, as CSS
     * selectors (one list entry per element; a selector of an element in a shadow root lists the
     * hosts on the way, e.g. {@code [vaadin-login-form, #title]}) with what is wrong with each.
     */
    public record Violation(String rule, String impact, String help, List<String> targets, List<String> problems) {

        /** Whether every element at fault is inside a component whose tag starts so (e.g. "vaadin-menu-bar"). */
        public boolean onlyIn(String tagPrefix) {
            return targets.stream().allMatch(t -> t.startsWith("[" + tagPrefix));
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("%n  %s (%s): %s".formatted(rule, impact, help));
            for (int i = 0; i < targets.size(); i++) {
                text.append("%n    at %s — %s".formatted(targets.get(i), problems.get(i)));
            }
            return text.toString();
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
        // Colours measured half-way through a dialog's opening fade or a field's focus transition are
        // neither the old nor the new ones: wait until finite animations and transitions have ended.
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                + " || a.effect?.getComputedTiming().iterations === Infinity)");
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
        List<String> targets = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
        List<String> problems = rule.getNodes().stream().map(Axe::problem).toList();
        return new Violation(rule.getId(), rule.getImpact(), rule.getHelp(), targets, problems);
    }

    private static String problem(CheckedNode node) {
        String summary = node.getFailureSummary();
        return summary == null ? "" : summary.replaceAll("\\s+", " ").strip();
    }
}
