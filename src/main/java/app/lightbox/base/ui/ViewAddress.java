package app.lightbox.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import java.io.Serializable;

/**
 * The browser's address of one view, kept in step with what the view shows (its page, search, filters), so
 * that Back, a reload and a shared link show the same; the view reads it back in {@code beforeEnter}. Only
 * the address changes: the view already shows what it says, so no navigation runs.
 */
public final class ViewAddress implements Serializable {

    private final Class<? extends Component> view;

    public ViewAddress(Class<? extends Component> view) {
        this.view = view;
    }

    /** A new history entry, so that Back returns to what was shown before: another page of a list. */
    public void push(QueryParameters query) {
        UI.getCurrent().getPage().getHistory().pushState(null, location(query));
    }

    /** The current history entry rewritten: a search as it is typed, a filter, a page number put right. */
    public void replace(QueryParameters query) {
        UI.getCurrent().getPage().getHistory().replaceState(null, location(query));
    }

    private Location location(QueryParameters query) {
        return new Location(RouteConfiguration.forSessionScope().getUrl(view), query);
    }
}
