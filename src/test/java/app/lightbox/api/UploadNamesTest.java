package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.TestImages;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10, §5, the names clients give files: never a path, never shown as they would deceive. Each
 * file is stored under a new random name, and its original name is kept cleaned (as
 * {@code images.OriginalName.clean} cleans it: the last path element, without control and bidirectional
 * characters, at most 255 characters, the extension kept; {@code image.png} when nothing is left).
 */
class UploadNamesTest extends UploadCatalogue {

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("a path up to /etc", "../../etc/passwd.png", "passwd.png"),
                Arguments.of("a Windows path up", "..\\..\\x.png", "x.png"),
                Arguments.of("a NUL inside", "cat\u0000.php.png", "cat.php.png"),
                Arguments.of("1,000 characters", "a".repeat(996) + ".png", "a".repeat(251) + ".png"),
                Arguments.of("only dots", "....", "image.png"),
                Arguments.of("only spaces", "    ", "image.png"),
                Arguments.of("a right-to-left override", "invoice\u202Egnp.exe", "invoicegnp.exe"),
                Arguments.of("emoji", "\uD83D\uDC31 cat \uD83D\uDCF8.png", "\uD83D\uDC31 cat \uD83D\uDCF8.png"),
                Arguments.of("Chinese", "猫咪照片.png", "猫咪照片.png"),
                Arguments.of("a script's name before .png", "shell.php.png", "shell.php.png"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void a_file_is_stored_under_a_random_name_and_keeps_its_cleaned_name(String label, String name, String kept)
            throws Exception {
        Set<String> filesBefore = now().files();

        HttpResponse<String> response = api.upload(member, new Multipart().file(name, TestImages.png(3, 3)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode image = storedAt(response, 0);
        String storedName = image.get("name").asString();
        assertThat(storedName).matches("[0-9a-f]{32}\\.png");
        assertThat(image.get("originalName").asString()).isEqualTo(kept);
        assertThat(image.get("contentType").asString()).isEqualTo("image/png");
        Set<String> added = new HashSet<>(now().files());
        added.removeAll(filesBefore);
        assertThat(added).as("the one new file in the storage folder").containsExactly(storedName);
        try (Stream<java.nio.file.Path> beside = Files.list(storage.location().getParent())) {
            assertThat(beside.map(p -> p.getFileName().toString())).doesNotContain("passwd.png", "x.png", "etc");
        }
    }
}
