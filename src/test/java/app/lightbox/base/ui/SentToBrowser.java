package app.lightbox.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.router.Location;
import java.util.List;
import java.util.Map;

/**
 * The calls a browserless view test's server has queued for the browser since the last look: where the
 * address was asked to go, and what to scroll into view. There is no browser to ask, so a test reads
 * them where Flow keeps them until the next response.
 */
public final class SentToBrowser {

    /** A change of the browser's address: a new history entry, or the current one rewritten. */
    public record AddressChange(String location, boolean newEntry) {

        /** "images" of "images?page=2". */
        public String path() {
            return new Location(location).getPath();
        }

        /** The query in any order: {@code page=2&q=cat} is {@code q=cat&page=2}. */
        public Map<String, List<String>> query() {
            return new Location(location).getQueryParameters().getParameters();
        }
    }

    private final List<PendingJavaScriptInvocation> calls;

    private SentToBrowser(List<PendingJavaScriptInvocation> calls) {
        this.calls = calls;
    }

    /** Takes the queued calls: a second look sees only what was queued after the first. */
    public static SentToBrowser take() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return new SentToBrowser(ui.getInternals().dumpPendingJavaScriptInvocations());
    }

    /**
     * The address changes asked for, oldest first, as "images?page=2" ("." is the application's root). Flow's
     * History sends them through the router's "vaadin-navigate" event (with React's router) or the browser's history.
     */
    public List<AddressChange> addressChanges() {
        return calls.stream().map(PendingJavaScriptInvocation::getInvocation)
                .filter(call -> call.getExpression().contains("detail: { state: $0, url: $1")
                        || call.getExpression().contains("window.history.pushState($0")
                        || call.getExpression().contains("window.history.replaceState($0"))
                .map(call -> new AddressChange(String.valueOf(call.getParameters().get(1)),
                        call.getExpression().contains("replace: false") || call.getExpression().contains("pushState")))
                .toList();
    }

    /**
     * The address changes that rewrite the current history entry: what a view put right as it opened (a
     * navigation in a test adds the router's own new entry, which is not the view's doing).
     */
    public List<AddressChange> rewrites() {
        return addressChanges().stream().filter(change -> !change.newEntry()).toList();
    }

    public boolean scrolledIntoView(Component component) {
        return calls.stream().anyMatch(call -> call.getOwner() == component.getElement().getNode()
                && call.getInvocation().getExpression().contains("scrollIntoView"));
    }
}
