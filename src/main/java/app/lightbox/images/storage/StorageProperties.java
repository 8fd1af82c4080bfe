package app.lightbox.images.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lightbox.storage.*}.
 *
 * @param location the folder that holds the stored images; created at startup if missing
 */
@ConfigurationProperties("lightbox.storage")
public record StorageProperties(@DefaultValue("./data/files") Path location) {}
