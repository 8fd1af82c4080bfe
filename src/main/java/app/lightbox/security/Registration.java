package app.lightbox.security;

/** What became of a request to register: an account, or a refusal naming the field at fault. */
public sealed interface Registration {

    record Registered(AppUser user) implements Registration {}

    record Refused(Field field, Reason reason, Object... args) implements Registration {
        /** The message key, {@code security.register.refused.<reason>}. */
        public String messageKey() {
            return "security.register.refused." + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    enum Field {
        USERNAME,
        PASSWORD,
        FORM
    }

    enum Reason {
        CLOSED,
        USERNAME_REQUIRED,
        USERNAME_TOO_LONG,
        USERNAME_INVALID,
        USERNAME_TAKEN,
        /** Looks like an existing account's name (same TS #39 skeleton). */
        USERNAME_LOOKALIKE,
        /** Mixes scripts, or numbering systems, as TS #39 counts suspicious. */
        USERNAME_MIXED_SCRIPTS,
        PASSWORD_REQUIRED,
        PASSWORD_TOO_SHORT,
        PASSWORD_TOO_LONG
    }
}
