/**
 * Derivatives of stored images: a thumbnail and a display size per image, made off the upload request
 * from a queue kept in the database ({@link app.lightbox.images.derivatives.DerivativeJobs}), by a
 * {@link app.lightbox.images.derivatives.DerivativeMaker}, stored beside the originals and served at
 * {@code /files/{name}/thumb} and {@code /files/{name}/display}.
 */
@NullMarked
package app.lightbox.images.derivatives;

import org.jspecify.annotations.NullMarked;
