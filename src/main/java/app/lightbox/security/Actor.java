package app.lightbox.security;

import java.io.Serializable;

/**
 * Who is asking a service to do something. Services take it as a parameter, so that they decide
 * permissions themselves and work the same from a view, a REST call or a test.
 */
public record Actor(long id, String username, boolean admin) implements Serializable {

    /** The owner of a thing, or an admin, may change it. */
    public boolean mayChange(long ownerId) {
        return admin || id == ownerId;
    }
}
