package app.lightbox.blog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lightbox.blog.*}.
 *
 * @param externalImages whether posts show images from other sites; off, they are links, so that no
 *     other site learns who reads which post (a tracking pixel would reach every anonymous reader), and
 *     the pages' Content-Security-Policy loads images only from Lightbox itself
 */
@ConfigurationProperties("lightbox.blog")
public record BlogProperties(@DefaultValue("false") boolean externalImages) {}
