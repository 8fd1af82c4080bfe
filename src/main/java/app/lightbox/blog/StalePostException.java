package app.lightbox.blog;

/** Someone saved the post after this copy was opened; saving it would overwrite their work. */
public class StalePostException extends RuntimeException {

    StalePostException(long id) {
        super("Post " + id + " was changed by someone else");
    }
}
