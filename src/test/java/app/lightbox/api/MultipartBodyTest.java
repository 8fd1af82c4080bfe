package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** How a multipart body is cut into parts, whatever pieces it arrives in and whatever its parts hold. */
class MultipartBodyTest {

    private static final String BOUNDARY = "------------------------d74496d66958873e";
    private static final int HEADERS_MAX = 1024;

    @Test
    void parts_come_with_their_headers_and_exact_bytes() throws IOException {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nfirst\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"b\"\r\nContent-Type: x/y\r\n\r\n\r\nsecond\r\n\r\n"
                + "--" + BOUNDARY + "--\r\n";

        assertThat(parts(ascii(body), 1 << 20)).containsExactly(
                "Content-Disposition: form-data; name=\"a\"|first",
                "Content-Disposition: form-data; name=\"b\"\r\nContent-Type: x/y|\r\nsecond\r\n");
    }

    @Test
    void a_preamble_an_epilogue_padding_after_a_delimiter_and_a_part_without_headers_are_read_as_the_rfc_says() throws IOException {
        String body = "This is the preamble.\r\n--" + BOUNDARY + " \t\r\n\r\nno headers\r\n--" + BOUNDARY
                + "--\r\nThis is the epilogue, never read as a part.\r\n--" + BOUNDARY + "\r\n\r\nnot a part";

        assertThat(parts(ascii(body), 1 << 20)).containsExactly("|no headers");
    }

    @Test
    void bytes_that_only_begin_like_a_delimiter_stay_in_the_part_whatever_pieces_the_body_arrives_in() throws IOException {
        byte[] content = ascii("\r\n--" + BOUNDARY.substring(0, 20) + "x\r\n-\r\n--\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1) + "X\r\n--"
                + BOUNDARY.substring(1) + "\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1));
        byte[] body = body(List.of(content, new byte[0], content));

        for (int piece : new int[] {1, 2, 3, 7, 64, 4096, 1 << 20}) {
            assertThat(contents(body, piece)).as("read %d bytes at a time", piece).containsExactly(content, new byte[0], content);
        }
    }

    @Test
    void megabytes_of_random_bytes_full_of_line_breaks_and_dashes_come_out_as_they_went_in() throws IOException {
        Random random = new Random(42);
        List<byte[]> contents = new ArrayList<>();
        byte[] alphabet = ascii("\r\n-" + BOUNDARY.substring(BOUNDARY.length() - 4) + "\u00ff");
        for (int i = 0; i < 5; i++) {
            byte[] content = new byte[random.nextInt(400_000)];
            for (int j = 0; j < content.length; j++) {
                content[j] = random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
            }
            contents.add(content);
        }
        byte[] body = body(contents);

        for (int piece : new int[] {13, 8192, 100_000}) {
            assertThat(contents(body, piece)).as("read %d bytes at a time", piece).containsExactlyElementsOf(contents);
        }
    }

    @Test
    void a_part_left_unread_is_skipped_and_its_stream_ends_once_the_next_part_is_asked_for() throws IOException {
        MultipartBody body = new MultipartBody(new ByteArrayInputStream(body(List.of(new byte[100_000], ascii("b")))),
                ascii(BOUNDARY), HEADERS_MAX);
        body.next();
        InputStream first = body.content();
        assertThat(first.read()).isZero();

        assertThat(body.next()).isPresent();
        assertThat(first.read()).isEqualTo(-1);
        assertThat(body.content().readAllBytes()).isEqualTo(ascii("b"));
        assertThat(body.next()).isEmpty();
    }

    @Test
    void a_body_without_any_delimiter_has_no_parts() throws IOException {
        assertThat(parts(ascii("just some text, not multipart at all"), 5)).isEmpty();
    }

    @Test
    void a_body_that_ends_inside_a_part_fails_the_parts_stream() throws IOException {
        byte[] whole = body(List.of(new byte[50_000]));
        byte[] cut = java.util.Arrays.copyOf(whole, 30_000);
        MultipartBody body = new MultipartBody(new ByteArrayInputStream(cut), ascii(BOUNDARY), HEADERS_MAX);
        body.next();

        assertThatThrownBy(() -> body.content().readAllBytes()).isInstanceOf(MultipartBody.MalformedException.class);
    }

    @Test
    void headers_longer_than_the_limit_or_a_delimiter_followed_by_anything_but_a_line_break_are_malformed() {
        String longHeaders = "--" + BOUNDARY + "\r\nX-Long: " + "a".repeat(HEADERS_MAX) + "\r\n\r\nx\r\n--" + BOUNDARY + "--";
        String noLineBreak = "--" + BOUNDARY + "junk\r\n\r\nx\r\n--" + BOUNDARY + "--";

        assertThatThrownBy(() -> parts(ascii(longHeaders), 100)).isInstanceOf(MultipartBody.MalformedException.class);
        assertThatThrownBy(() -> parts(ascii(noLineBreak), 100)).isInstanceOf(MultipartBody.MalformedException.class);
    }

    /** A body of one part per content, each with a Content-Disposition header. */
    private static byte[] body(List<byte[]> contents) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < contents.size(); i++) {
            body.writeBytes(ascii("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + i
                    + ".png\"\r\n\r\n"));
            body.writeBytes(contents.get(i));
            body.writeBytes(ascii("\r\n"));
        }
        body.writeBytes(ascii("--" + BOUNDARY + "--\r\n"));
        return body.toByteArray();
    }

    /** Each part as "headers|content", the body arriving {@code piece} bytes at a time. */
    private static List<String> parts(byte[] bytes, int piece) throws IOException {
        MultipartBody body = new MultipartBody(new Pieces(bytes, piece), ascii(BOUNDARY), HEADERS_MAX);
        List<String> parts = new ArrayList<>();
        for (Optional<String> headers; (headers = body.next()).isPresent(); ) {
            parts.add(headers.get() + "|" + new String(body.content().readAllBytes(), StandardCharsets.ISO_8859_1));
        }
        return parts;
    }

    private static List<byte[]> contents(byte[] bytes, int piece) throws IOException {
        MultipartBody body = new MultipartBody(new Pieces(bytes, piece), ascii(BOUNDARY), HEADERS_MAX);
        List<byte[]> contents = new ArrayList<>();
        while (body.next().isPresent()) {
            contents.add(body.content().readAllBytes());
        }
        return contents;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The bytes at most {@code piece} at a time, as a network hands them over. */
    private static final class Pieces extends ByteArrayInputStream {
        private final int piece;

        Pieces(byte[] bytes, int piece) {
            super(bytes);
            this.piece = piece;
        }

        @Override
        public synchronized int read(byte[] into, int offset, int length) {
            return super.read(into, offset, Math.min(length, piece));
        }
    }
}
