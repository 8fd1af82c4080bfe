package app.lightbox.blog;

import app.lightbox.images.ImageReferrer;
import app.lightbox.images.ImageReferrers;
import app.lightbox.security.Actor;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the image library which post a reference {@code post:<id>} stands for, if the viewer may see
 * it. Uses the repository, not {@link PostService}, which itself needs the image service.
 */
@Component
class PostImageReferrers implements ImageReferrers {

    private static final String PREFIX = "post:";

    private final PostRepository posts;

    PostImageReferrers(PostRepository posts) {
        this.posts = posts;
    }

    /** How a post refers to the images in its body. */
    static String referrer(long postId) {
        return PREFIX + postId;
    }

    /** The post's raw title, empty for an untitled draft: the view shows its placeholder. */
    @Override
    @Transactional(readOnly = true)
    public Optional<ImageReferrer> describe(String referrer, @Nullable Actor viewer) {
        if (!referrer.startsWith(PREFIX)) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(referrer.substring(PREFIX.length()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return posts.findWithAuthor(id)
                .filter(post -> post.isVisibleTo(viewer))
                .map(post -> new ImageReferrer(post.getTitle(), "/posts/" + id));
    }
}
