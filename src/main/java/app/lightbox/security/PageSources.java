package app.lightbox.security;

import java.util.List;
import java.util.Map;

/**
 * Implemented by features whose pages need to load more than the app's own resources, so that the
 * Content-Security-Policy (built here) need not know them. The blog, for instance, adds other sites'
 * images when posts may show them.
 */
public interface PageSources {

    /** Sources to allow, by directive ({@code "img-src"} → {@code ["https:"]}); empty for none. */
    Map<String, List<String>> sources();
}
