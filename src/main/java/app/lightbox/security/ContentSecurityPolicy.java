package app.lightbox.security;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy of the app's pages: what Vaadin 25.2 needs, measured in development
 * and production mode (README, "Security headers"), plus what features add through {@link PageSources}.
 */
@Component
public class ContentSecurityPolicy {

    /** Where a page's nonce goes; responses without inline scripts leave it out. */
    private static final String NONCE = "'nonce'";

    private final Map<String, Set<String>> directives = new LinkedHashMap<>();

    public ContentSecurityPolicy(List<PageSources> features) {
        allow("default-src", "'self'");
        // Vaadin's page has inline bootstrap scripts (given the nonce); its client runs executeJs and event
        // data expressions through new Function(...), hence 'unsafe-eval', in production mode too.
        allow("script-src", "'self'", NONCE, "'unsafe-eval'");
        // Vaadin's components create <style> elements and set style attributes from their scripts.
        allow("style-src", "'self'", "'unsafe-inline'");
        // Upload shows a data: thumbnail of each image while it uploads; Lumo's icon fonts are data: URLs.
        allow("img-src", "'self'", "data:");
        allow("font-src", "'self'", "data:");
        // Vaadin's requests and @Push's WebSocket go to the page's own origin ('self' covers ws: and wss:).
        allow("connect-src", "'self'");
        allow("object-src", "'none'");
        allow("base-uri", "'self'");
        allow("form-action", "'self'");
        allow("frame-ancestors", "'self'");
        for (PageSources feature : features) {
            feature.sources().forEach((directive, sources) -> allow(directive, sources.toArray(String[]::new)));
        }
    }

    private void allow(String directive, String... sources) {
        directives.computeIfAbsent(directive, d -> new LinkedHashSet<>()).addAll(List.of(sources));
    }

    /** The policy of a page whose inline scripts carry {@code nonce}. */
    public String forPage(String nonce) {
        return render(nonce);
    }

    /** The policy of any other response, which runs no inline script at all (error pages, for instance). */
    public String withoutNonce() {
        return render(null);
    }

    private String render(@Nullable String nonce) {
        return directives.entrySet().stream()
                .map(directive -> Stream.concat(Stream.of(directive.getKey()), directive.getValue().stream()
                                .flatMap(source -> !source.equals(NONCE) ? Stream.of(source)
                                        : nonce == null ? Stream.empty() : Stream.of("'nonce-" + nonce + "'")))
                        .collect(Collectors.joining(" ")))
                .collect(Collectors.joining("; "));
    }
}
