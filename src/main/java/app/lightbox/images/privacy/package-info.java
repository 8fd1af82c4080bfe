/**
 * Location privacy: GPS positions and device serial numbers are taken out of uploaded originals
 * before they are stored, by rewriting their metadata in place; the pixel data is copied byte for
 * byte, never decoded. Knows image formats by their media type and nothing else of the feature, but for
 * the {@link app.lightbox.images.privacy.LocationBackfill} of images stored before, which reads and marks
 * their rows in SQL of its own.
 */
@NullMarked
package app.lightbox.images.privacy;

import org.jspecify.annotations.NullMarked;
