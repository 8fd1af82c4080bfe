/**
 * Derivatives of stored images: the smaller renditions (thumbnail, display size) made from an
 * original by {@link app.lightbox.images.derivatives.DerivativeMaker}.
 */
@NullMarked
package app.lightbox.images.derivatives;

import org.jspecify.annotations.NullMarked;
