package app.lightbox.security;

/** What an account may do. The first account on an empty database is an ADMIN. */
public enum Role {
    USER,
    ADMIN
}
