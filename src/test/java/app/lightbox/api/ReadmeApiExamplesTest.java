package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.Refusal;
import app.lightbox.images.TestImages;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** README's API section stays true: its curl lines work as shown, and its problem table is the API's. */
class ReadmeApiExamplesTest extends ApiTest {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([a-z-]+)` \\| (\\d{3}) \\|", Pattern.MULTILINE);

    @Autowired
    ApiTokenService tokens;

    @TempDir
    Path folder;

    @Test
    void every_curl_line_of_the_api_section_works_as_shown() throws Exception {
        List<String> lines = section().lines().filter(line -> line.startsWith("curl ") || line.contains("| curl "))
                .toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(7);
        Map<String, String> variables = new HashMap<>(Map.of("LIGHTBOX", base(),
                "TOKEN", TestTokens.secret(tokens, member, TokenScope.FULL), "USERNAME", member.username(),
                "PASSWORD", ApiClient.PASSWORD));
        Files.write(folder.resolve("screenshot.png"), TestImages.png(40, 30));
        Files.write(folder.resolve("diagram.png"), TestImages.png(40, 30));
        Files.write(folder.resolve("photo.jpg"), TestImages.jpeg(40, 30));

        for (String line : lines) {
            String answer = run(line, variables);
            int status = Integer.parseInt(answer.substring(answer.lastIndexOf('\n') + 1));
            assertThat(status).as("%s answered %s", line, answer).isBetween(200, 299);
            String body = answer.substring(0, answer.lastIndexOf('\n'));
            if (line.contains("-F file=@")) {
                List<String> names = JsonPath.read(body, "$[*].name");
                names.forEach(name -> stored.keep(images.find(name).orElseThrow()));
                variables.putIfAbsent("NAME", names.getFirst());
            }
        }
        assertThat(images.find(variables.get("NAME"))).as("deleted by the README's DELETE").isEmpty();
    }

    @Test
    void the_problem_table_names_every_code_with_its_status() throws Exception {
        Map<String, Integer> documented = new HashMap<>();
        Matcher row = TABLE_ROW.matcher(section());
        while (row.find()) {
            documented.put(row.group(1), Integer.parseInt(row.group(2)));
        }

        Map<String, Integer> answered = new HashMap<>();
        Stream.of(ApiProblem.values()).forEach(problem -> answered.put(problem.code(), problem.status()));
        Stream.of(Refusal.values()).forEach(reason -> answered.put(ApiProblems.code(reason), ApiProblems.status(reason)));
        assertThat(documented).isEqualTo(answered);
    }

    /** The line in {@code sh}, its variables from the environment, and the status after the body. */
    private String run(String line, Map<String, String> variables) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", line + " -sS -w '\\n%{http_code}'")
                .directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().putAll(variables);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }

    private static String section() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## The API\n");
        assertThat(start).isPositive();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end);
    }
}
