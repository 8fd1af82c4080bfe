package app.lightbox.blog;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Gives posts written before covers and image references existed both, once: the migration queued
 * them in {@code post_reindex}. Runs after start-up rather than in the migration, because the
 * Markdown renderer decides which images a body uses.
 */
@Component
class PostIndexBackfill {

    private static final Logger log = LoggerFactory.getLogger(PostIndexBackfill.class);
    private static final int BATCH = 100;

    private final PostRepository posts;
    private final PostService service;

    PostIndexBackfill(PostRepository posts, PostService service) {
        this.posts = posts;
        this.service = service;
    }

    @EventListener(ApplicationReadyEvent.class)
    void run() {
        int done = 0;
        List<Long> pending;
        while (!(pending = posts.findPendingReindex(Limit.of(BATCH))).isEmpty()) {
            for (long id : pending) {
                try {
                    if (service.reindex(id)) {
                        done++;
                    }
                } catch (RuntimeException e) {
                    // Left in the queue for the next start; the post itself is fine, only its where-used is incomplete.
                    log.warn("Could not record the images of post {}", id, e);
                    return;
                }
            }
        }
        if (done > 0) {
            log.info("Derived the cover, excerpt, search text and images of {} posts", done);
        }
    }
}
