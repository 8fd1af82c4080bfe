package app.lightbox.base;

/** The actor may not do what was asked; nothing was changed. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String what) {
        super(what);
    }
}
