package app.lightbox.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class SizeLimitedInputStreamTest {

    @Test
    void passes_a_stream_of_exactly_the_limit() throws IOException {
        byte[] bytes = new byte[1000];
        assertThat(new SizeLimitedInputStream(new ByteArrayInputStream(bytes), 1000).readAllBytes()).hasSize(1000);
    }

    @Test
    void fails_one_byte_past_the_limit_and_reads_no_further() {
        ByteArrayInputStream source = new ByteArrayInputStream(new byte[100_000]);
        SizeLimitedInputStream limited = new SizeLimitedInputStream(source, 1000);
        assertThatThrownBy(limited::readAllBytes).isInstanceOf(SizeLimitedInputStream.LimitExceededException.class);
        assertThat(100_000 - source.available()).isEqualTo(1001);
    }

    @Test
    void counts_single_byte_reads_too() throws IOException {
        SizeLimitedInputStream limited = new SizeLimitedInputStream(new ByteArrayInputStream(new byte[3]), 2);
        limited.read();
        limited.read();
        assertThatThrownBy(limited::read).isInstanceOf(SizeLimitedInputStream.LimitExceededException.class);
    }
}
