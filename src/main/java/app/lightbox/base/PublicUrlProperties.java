package app.lightbox.base;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lightbox.public-url}: the address users reach the app at (e.g. {@code https://team.example/lightbox}),
 * for the absolute links the app hands out; when unset, each request's own address.
 *
 * @param publicUrl absolute http(s), without query or fragment; a trailing slash is dropped
 */
@ConfigurationProperties("lightbox")
public record PublicUrlProperties(@Nullable URI publicUrl) {

    public PublicUrlProperties {
        if (publicUrl != null) {
            String scheme = publicUrl.getScheme();
            if (!("http".equals(scheme) || "https".equals(scheme)) || publicUrl.getHost() == null
                    || publicUrl.getRawQuery() != null || publicUrl.getRawFragment() != null) {
                throw new IllegalArgumentException(
                        "lightbox.public-url must be an absolute http(s) address without query or fragment: " + publicUrl);
            }
            String text = publicUrl.toString();
            publicUrl = text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : publicUrl;
        }
    }
}
