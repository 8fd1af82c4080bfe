package app.lightbox.base.ui;

import app.lightbox.base.PublicAddress;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * The app's address for the absolute links a page hands out ("Copy as" menus, tool configurations), as the
 * reader reached it. {@link PublicAddress#current} reads the request through Spring, which sees Vaadin's
 * XHR requests; one that Spring does not see (a WebSocket message, should push carry them) is asked
 * directly. Nothing at all to go by (or an address that cannot be read) gives {@code ""}: links stay
 * relative rather than break whatever is being built with them.
 */
public final class PageAddress {

    private PageAddress() {}

    public static String current(PublicAddress address) {
        try {
            String base = address.current();
            VaadinServletRequest request = VaadinServletRequest.getCurrent();
            return base.isEmpty() && request != null ? address.of(request.getHttpServletRequest()) : base;
        } catch (IllegalArgumentException e) {
            return ""; // a Host header that makes no address
        }
    }
}
