/**
 * What the features need of the database beyond their repositories: H2 files that survive a power
 * loss, and claims on work that one node of several should do.
 */
@NullMarked
package app.lightbox.base.db;

import org.jspecify.annotations.NullMarked;
