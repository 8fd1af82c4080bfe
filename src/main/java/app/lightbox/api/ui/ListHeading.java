package app.lightbox.api.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.html.H2;

/**
 * A section's heading that the keyboard focus can be sent to (not reached by Tab), for when the control
 * that had the focus is gone with the last item of the section.
 */
final class ListHeading extends H2 implements Focusable<ListHeading> {

    ListHeading(String text) {
        super(text);
        setTabIndex(-1);
    }
}
