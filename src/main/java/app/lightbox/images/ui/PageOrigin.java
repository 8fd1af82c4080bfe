package app.lightbox.images.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The scheme, host and context path a page was opened with, for the absolute links it offers to copy. */
final class PageOrigin {

    private PageOrigin() {}

    /**
     * Of the request being handled now: call it while a page is built. Outside a request (a background
     * thread) there is none, and links stay relative to the page.
     */
    static String current() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? ""
                : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).toUriString();
    }
}
