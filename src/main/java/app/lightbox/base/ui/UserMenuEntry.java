package app.lightbox.base.ui;

/**
 * A page of the signed-in user's own (their API tokens, say) that a feature adds to the user menu, as a
 * Spring bean: the layout lists the beans without knowing the features, which it may not depend on.
 */
public interface UserMenuEntry {

    /** The message key of the entry's text. */
    String titleKey();

    /** The route it opens, e.g. {@code "tokens"}. */
    String route();
}
