/** The "API tokens" page: create, reveal once, revoke, and the ready-made tool configurations. */
@NullMarked
package app.lightbox.api.ui;

import org.jspecify.annotations.NullMarked;
