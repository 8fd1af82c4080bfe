package app.lightbox.blog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lightbox.blog.*}.
 *
 * @param externalImages whether posts show images from other sites; off, they are links, so that no
 *     other site learns who reads which post (a tracking pixel would reach every anonymous reader), and
 *     the pages' Content-Security-Policy loads images only from Lightbox itself
 * @param revisionsKept how many published versions of each post its history keeps
 */
@ConfigurationProperties("lightbox.blog")
public record BlogProperties(
        @DefaultValue("false") boolean externalImages,
        @DefaultValue("20") int revisionsKept) {

    public BlogProperties {
        if (revisionsKept < 1) {
            throw new IllegalArgumentException("lightbox.blog.revisions-kept must be at least 1");
        }
    }
}
