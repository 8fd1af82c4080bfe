package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** How the multipart reader hands over a body's files, and where it stops reading one. */
class MultipartFilesTest {

    private static final long NO_LIMIT = Long.MAX_VALUE;

    @Test
    void names_in_cjk_and_emoji_arrive_whole_whatever_charset_the_request_declares() throws Exception {
        MockHttpServletRequest request = request(new Multipart().file("猫の写真 🐈.png", new byte[] {1, 2, 3}));
        request.setCharacterEncoding("ISO-8859-1");

        MultipartFiles.Read<String> read = MultipartFiles.read(request, "file", NO_LIMIT, 10,
                part -> new MultipartFiles.Answer<>(String.valueOf(part.fileName()), false));

        assertThat(read.results()).containsExactly("猫の写真 🐈.png");
    }

    @Test
    void a_body_read_to_its_end_is_complete_with_an_answer_per_file_part_in_order() throws Exception {
        Multipart body = new Multipart().file("a.png", bytes("aa")).part("note", null, bytes("hi")).file("b.png", bytes("b"));

        MultipartFiles.Read<String> read = MultipartFiles.read(request(body), "file", NO_LIMIT, 10, MultipartFilesTest::content);

        assertThat(read.results()).containsExactly("0:aa", "1:b");
        assertThat(read.complete()).isTrue();
    }

    @Test
    void reading_stops_after_the_most_parts_a_request_is_read_for_whatever_their_names() throws Exception {
        Multipart body = new Multipart().part("note", null, bytes("hi"));
        for (int i = 0; i < 10; i++) {
            body.file(i + ".png", new byte[0]);
        }

        MultipartFiles.Read<String> read = MultipartFiles.read(request(body), "file", NO_LIMIT, 4, MultipartFilesTest::content);

        assertThat(read.results()).containsExactly("0:", "1:", "2:");
        assertThat(read.complete()).isFalse();
    }

    @Test
    void reading_stops_at_a_readers_last_answer() throws Exception {
        Multipart body = new Multipart().file("a.png", bytes("a")).file("b.png", bytes("b")).file("c.png", bytes("c"));

        MultipartFiles.Read<Integer> read = MultipartFiles.read(request(body), "file", NO_LIMIT, 10,
                part -> new MultipartFiles.Answer<>(part.index(), part.index() == 1));

        assertThat(read.results()).containsExactly(0, 1);
        assertThat(read.complete()).isFalse();
    }

    @Test
    void a_file_part_whose_bytes_pass_the_request_limit_says_so_and_the_reading_ends() throws Exception {
        Multipart body = new Multipart().file("a.png", bytes("a")).part("note", null, new byte[20_000])
                .file("b.png", new byte[20_000]);
        long limit = body.toBytes().length - 10_000; // inside the second file

        MultipartFiles.Read<Boolean> read = MultipartFiles.read(chunked(body), "file", limit, 10, part -> {
            try {
                part.content().readAllBytes();
                return new MultipartFiles.Answer<>(false, false);
            } catch (IOException e) {
                return new MultipartFiles.Answer<>(part.passedRequestLimit(), false);
            }
        });

        assertThat(read.results()).containsExactly(false, true);
        assertThat(read.complete()).isFalse();
    }

    private static MultipartFiles.Answer<String> content(MultipartFiles.FilePart part) {
        try {
            return new MultipartFiles.Answer<>(part.index() + ":" + new String(part.content().readAllBytes(),
                    StandardCharsets.US_ASCII), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MockHttpServletRequest request(Multipart body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/images");
        request.setContentType(body.contentType());
        request.setContent(body.toBytes());
        return request;
    }

    /** Without a length, as a chunked body comes: the limit is found while reading, not before. */
    private static MockHttpServletRequest chunked(Multipart body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/images") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContentType(body.contentType());
        request.setContent(body.toBytes());
        return request;
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }
}
