package app.lightbox.base;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The scheme, host and context path of the app as users reach it, with no trailing slash, for every
 * absolute link the app hands out (API answers, the "Copy as" menus, tool configurations):
 * {@code lightbox.public-url} when set (behind a proxy), else the request's own address, which honours
 * {@code X-Forwarded-*} headers only as {@code server.forward-headers-strategy} says.
 */
@Component
public class PublicAddress {

    private final @Nullable String configured;

    PublicAddress(PublicUrlProperties properties) {
        this.configured = properties.publicUrl() == null ? null : properties.publicUrl().toString();
    }

    /** Of the app as reached by this request. */
    public String of(HttpServletRequest request) {
        return configured != null ? configured : ServletUriComponentsBuilder.fromContextPath(request).toUriString();
    }

    /**
     * Of the request being handled on this thread (a page being built, an API call). Outside a request (a
     * background thread) and without {@code lightbox.public-url}, {@code ""}: links stay relative.
     */
    public String current() {
        if (configured != null) {
            return configured;
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? of(attributes.getRequest()) : "";
    }
}
