package app.lightbox.blog;

/** A post was not saved because a field is wrong; carries the message key and its arguments for the view. */
public class InvalidPostException extends RuntimeException {

    public enum Field {
        TITLE,
        BODY
    }

    private final Field field;
    private final String messageKey;
    private final transient Object[] args;

    InvalidPostException(Field field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public Field field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
