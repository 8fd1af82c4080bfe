/**
 * Where the bytes of stored images live. Only this package touches the file system (or, later, an
 * object store); the rest of the feature knows images by their stored names.
 */
@NullMarked
package app.lightbox.images.storage;

import org.jspecify.annotations.NullMarked;
