/**
 * The image library: uploads are checked by their bytes, stored under random names and recorded
 * with their uploader; {@code /files/{storedName}} serves them. The bytes themselves live behind
 * {@link app.lightbox.images.storage.ImageStorage}.
 */
@NullMarked
package app.lightbox.images;

import org.jspecify.annotations.NullMarked;
