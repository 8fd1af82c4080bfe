package app.lightbox.base;

/** A service was asked for something that does not exist (or no longer does). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
