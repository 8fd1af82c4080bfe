package app.lightbox.security;

/** Why an admin may not disable an account; the admin console says it in the member's language. */
public enum AccountStatusRefusal {
    /** Nobody disables themself: an admin could lock everyone out by mistake. */
    OWN_ACCOUNT("security.account.refused.own-account"),
    /** Someone must be left to enable accounts again. */
    LAST_ADMIN("security.account.refused.last-admin");

    private final String messageKey;

    AccountStatusRefusal(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
