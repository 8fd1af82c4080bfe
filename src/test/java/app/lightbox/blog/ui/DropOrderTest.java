package app.lightbox.blog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.ImageSummaries;
import app.lightbox.images.ImageSummary;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DropOrderTest {

    private final DropOrder order = new DropOrder();

    @Test
    void images_come_out_in_the_order_their_uploads_started_whatever_order_they_finish_in() {
        int first = order.start();
        int second = order.start();
        int third = order.start();

        assertThat(order.finished(third, Optional.of(image("c")))).isEmpty();
        assertThat(order.finished(second, Optional.of(image("b")))).isEmpty();
        assertThat(order.finished(first, Optional.of(image("a")))).extracting(ImageSummary::originalName)
                .containsExactly("a", "b", "c");
    }

    @Test
    void a_refused_or_broken_off_upload_does_not_hold_up_the_ones_after_it() {
        int first = order.start();
        int second = order.start();

        assertThat(order.finished(second, Optional.of(image("b")))).isEmpty();
        assertThat(order.finished(first, Optional.empty())).extracting(ImageSummary::originalName).containsExactly("b");
    }

    @Test
    void a_later_drop_continues_the_numbering() {
        order.finished(order.start(), Optional.of(image("a")));

        assertThat(order.finished(order.start(), Optional.of(image("b")))).extracting(ImageSummary::originalName)
                .containsExactly("b");
    }

    private static ImageSummary image(String name) {
        return ImageSummaries.withoutChecksum(1, name + ".png", name, "image/png", 1, 1, 1, 1, "ann", Instant.EPOCH, 0, false, false);
    }
}
