package app.lightbox.images.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lightbox.privacy.*}.
 *
 * @param stripLocation whether GPS positions and device serial numbers are removed from uploads
 *     (JPEG, PNG, WebP) before they are stored
 */
@ConfigurationProperties("lightbox.privacy")
public record PrivacyProperties(@DefaultValue("true") boolean stripLocation) {}
