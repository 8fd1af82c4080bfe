package app.lightbox.api;

import java.util.Locale;

/** What an API token may do: only upload, or everything the API offers (list, describe, delete too). */
public enum TokenScope {
    UPLOAD(ApiCaller.SCOPE_UPLOAD),
    FULL(ApiCaller.SCOPE_FULL);

    private final String authority;

    TokenScope(String authority) {
        this.authority = authority;
    }

    /** The authority a call signed with such a token has, e.g. {@code SCOPE_upload}. */
    public String authority() {
        return authority;
    }

    /** As the API and the messages name it: {@code upload} or {@code full}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
