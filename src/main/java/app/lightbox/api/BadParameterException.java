package app.lightbox.api;

/**
 * A request parameter out of its range: a {@code bad-request} problem whose detail is the message
 * {@code messageKey} with {@code args}.
 */
final class BadParameterException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    BadParameterException(String parameter, String messageKey, Object... args) {
        super("Bad parameter " + parameter);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args.clone();
    }
}
