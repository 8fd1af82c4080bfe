package app.lightbox.api;

import app.lightbox.security.Actor;
import java.util.Locale;

/** API tokens for tests that call the API as a tool would. */
public final class TestTokens {

    private TestTokens() {}

    /** The secret of a new token of the owner's, named after its scope. */
    public static String secret(ApiTokenService tokens, Actor owner, TokenScope scope) {
        return ((TokenCreation.Created) tokens.create(owner, scope.name().toLowerCase(Locale.ROOT), scope, null)).secret();
    }
}
