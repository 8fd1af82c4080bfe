/**
 * The REST API for tools ({@code /api/v1/**}): uploads, listing, describing and deleting images with
 * personal API tokens or HTTP Basic, answers in JSON and every error as {@code application/problem+json}
 * ({@link app.lightbox.api.Problem}). Uses the images feature's services with the same rules as the views;
 * nothing else depends on it.
 */
@NullMarked
package app.lightbox.api;

import org.jspecify.annotations.NullMarked;
