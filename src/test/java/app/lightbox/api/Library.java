package app.lightbox.api;

import app.lightbox.images.ImageFilter;
import app.lightbox.images.ImageService;
import app.lightbox.images.storage.StorageProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the library holds at one moment: its rows and the files in its folder (pending uploads' temporary
 * files included), so that a test can say a failed call left nothing behind.
 */
record Library(long rows, Set<String> files) {

    static Library now(ImageService images, StorageProperties storage) {
        try (Stream<Path> files = Files.list(storage.location())) {
            return new Library(images.count(ImageFilter.all()),
                    files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
