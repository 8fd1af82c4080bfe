package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.ImageLinks;
import app.lightbox.images.TestImages;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated tool configurations, run against the real API the way each tool uses them: the request
 * it would send (method, address, headers, the file's part), and the paths it reads the link from,
 * evaluated on the real answer with the tool's own semantics.
 */
class ToolConfigsTest extends ApiTest {

    private static final Pattern SHAREX_JSON = Pattern.compile("\\{json:([^}]+)}");

    @Autowired
    ApiTokenService tokens;

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private String token;
    private ToolConfigs configs;

    @BeforeEach
    void a_member_with_an_upload_token() {
        token = TestTokens.secret(tokens, member, TokenScope.UPLOAD);
        configs = ToolConfigs.of(base(), token);
    }

    @Test
    void a_sharex_uploader_sends_what_the_api_takes_and_finds_the_links_in_its_answer() throws Exception {
        JsonNode sxcu = json.readTree(configs.shareX());
        assertThat(sxcu.get("Version").asString()).isEqualTo(ToolConfigs.SHAREX_VERSION);
        assertThat(sxcu.get("Name").asString()).isEqualTo("Lightbox (localhost:" + port + ")");
        assertThat(sxcu.get("DestinationType").asString()).isEqualTo("ImageUploader");
        assertThat(sxcu.get("Body").asString()).isEqualTo("MultipartFormData");
        Map<String, String> headers = new HashMap<>(json.convertValue(sxcu.get("Headers"), Map.class));

        HttpResponse<String> answer = send(sxcu.get("RequestMethod").asString(), sxcu.get("RequestURL").asString(),
                headers, sxcu.get("FileFormName").asString(), "shot.png", TestImages.png(40, 30));

        assertThat(answer.statusCode()).isEqualTo(201);
        String url = shareX(sxcu.get("URL").asString(), answer.body());
        assertThat(url).startsWith(base() + "/files/");
        assertThat(fetch(url)).isEqualTo(200);
        assertThat(fetch(shareX(sxcu.get("ThumbnailURL").asString(), answer.body()))).isEqualTo(200);
        String name = url.substring(url.lastIndexOf('/') + 1);
        assertThat(shareX(sxcu.get("DeletionURL").asString(), answer.body()))
                .as("the image's page, where its uploader deletes it").isEqualTo(base() + ImageLinks.pageUrl(name));
        keep(answer);

        HttpResponse<String> refused = send(sxcu.get("RequestMethod").asString(), sxcu.get("RequestURL").asString(),
                headers, sxcu.get("FileFormName").asString(), "notes.png", "not an image".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(shareX(sxcu.get("ErrorMessage").asString(), refused.body())).isNotBlank()
                .isEqualTo(JsonPath.read(refused.body(), "$[0].detail"));

        headers.put("Authorization", "Bearer lbx_0123456789012345678901234567890123456789012");
        HttpResponse<String> wrongToken = send(sxcu.get("RequestMethod").asString(), sxcu.get("RequestURL").asString(),
                headers, sxcu.get("FileFormName").asString(), "shot.png", TestImages.png(40, 30));
        assertThat(wrongToken.statusCode()).isEqualTo(401);
        assertThat(shareX(sxcu.get("ErrorMessage").asString(), wrongToken.body())).isNotBlank()
                .isEqualTo(JsonPath.read(wrongToken.body(), "$.detail"));
    }

    @ParameterizedTest
    @CsvSource({"'', Lightbox", "http://exa_mple.test:8080, Lightbox (exa_mple.test:8080)",
            "'http://bad host', Lightbox", "https://team.example/lightbox, Lightbox (team.example)"})
    void an_address_without_a_host_that_can_be_read_still_gives_every_setting(String base, String name) {
        ToolConfigs odd = ToolConfigs.of(base, token);

        assertThat(json.readTree(odd.shareX()).get("Name").asString()).isEqualTo(name);
        assertThat(json.readTree(odd.shareX()).get("RequestURL").asString()).isEqualTo(base + ToolConfigs.UPLOAD_PATH);
        assertThat(odd.curl()).contains(base + ToolConfigs.UPLOAD_PATH);
        assertThat(odd.shellScript()).contains(name);
    }

    @Test
    void piclist_and_picgo_send_what_the_api_takes_and_walk_to_the_link() throws Exception {
        JsonNode picList = json.readTree(configs.picList()).at("/picBed/advancedplist");
        assertThat(json.readTree(configs.picList()).at("/picBed/uploader").asString()).isEqualTo("advancedplist");
        HttpResponse<String> listed = send(picList.get("method").asString(), picList.get("endpoint").asString(),
                json.readValue(picList.get("headers").asString(), Map.class), picList.get("formDataKey").asString(),
                "shot.png", TestImages.png(40, 30));
        assertThat(listed.statusCode()).isEqualTo(201);
        assertThat(fetch(walk(listed.body(), picList.get("resDataPath").asString()))).isEqualTo(200);
        keep(listed);

        JsonNode picGo = json.readTree(configs.picGo()).at("/picBed/web-uploader");
        assertThat(json.readTree(configs.picGo()).at("/picgoPlugins/picgo-plugin-web-uploader").asBoolean()).isTrue();
        HttpResponse<String> gone = send("POST", picGo.get("url").asString(),
                json.readValue(picGo.get("customHeader").asString(), Map.class), picGo.get("paramName").asString(),
                "shot.png", TestImages.png(40, 30));
        assertThat(gone.statusCode()).isEqualTo(201);
        assertThat(fetch(walk(gone.body(), picGo.get("jsonPath").asString()))).isEqualTo(200);
        keep(gone);
    }

    @Test
    void the_flameshot_script_puts_the_link_on_the_clipboard_without_showing_the_token_to_ps() throws Exception {
        Files.write(folder.resolve("shot.png"), TestImages.png(40, 30));
        stub("flameshot", "cat '" + folder.resolve("shot.png") + "'");

        Run run = runScript();

        assertThat(run.exitCode()).as(run.output()).isZero();
        String link = Files.readString(folder.resolve("clipboard"));
        assertThat(link).startsWith(base() + "/files/").isEqualTo(run.output().strip());
        assertThat(fetch(link)).isEqualTo(200);
        assertThat(Files.readString(folder.resolve("curl-arguments"))).contains("-H @-").doesNotContain(token);
        stored.keep(images.find(link.substring(link.lastIndexOf('/') + 1)).orElseThrow());
    }

    @Test
    void the_flameshot_script_ends_quietly_when_the_capture_is_cancelled() throws Exception {
        stub("flameshot", "echo 'flameshot: screenshot aborted' >&2; exit 1");

        Run run = runScript();

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).isEmpty();
        assertThat(folder.resolve("clipboard")).doesNotExist();
        assertThat(folder.resolve("curl-arguments")).doesNotExist();
    }

    @Test
    void the_curl_command_uploads_as_shown_without_showing_the_token_to_ps() throws Exception {
        Files.write(folder.resolve("screenshot.png"), TestImages.png(40, 30));
        stub("curl", "echo \"$*\" > '" + folder.resolve("curl-arguments") + "'; exec /usr/bin/curl \"$@\"");

        ProcessBuilder builder = new ProcessBuilder("sh", "-c", configs.curl() + " -sS").directory(folder.toFile())
                .redirectErrorStream(true);
        builder.environment().put("PATH", folder.resolve("bin") + ":/usr/bin:/bin");
        Process curl = builder.start();
        String answer = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(curl.waitFor()).as(answer).isZero();
        String url = JsonPath.read(answer, "$[0].url");
        assertThat(fetch(url)).isEqualTo(200);
        stored.keep(images.find(JsonPath.read(answer, "$[0].name")).orElseThrow());
        assertThat(Files.readString(folder.resolve("curl-arguments"))).contains("-H @-").doesNotContain(token);
    }

    @Test
    void quoting_keeps_every_value_one_word_however_odd() throws Exception {
        String odd = "it's $HOME `id` \"quoted\" \\ ; rm -rf /";
        Process echo = new ProcessBuilder("sh", "-c", "printf %s " + ShellScript.quote(odd)).start();

        assertThat(new String(echo.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(odd);
        assertThat(new ProcessBuilder("sh", "-n", "-c", ToolConfigs.of("https://x.example/a'b", odd).shellScript())
                .start().waitFor()).isZero();
    }

    /**
     * ShareX's {@code {json:path}}: Newtonsoft's JSONPath of {@code "$." + path} unless the path starts so
     * (ShareX's CustomUploaderFunctionJson), so {@code [0].url} is {@code $.[0].url}. Newtonsoft's
     * {@code SelectToken} wants one token at most: a path that finds several is an error there.
     */
    /** ShareX's syntax filled in: each {@code {json:path}} in the text replaced by what the path finds. */
    private static String shareX(String syntax, String body) {
        assertThat(syntax).contains("{json:");
        return SHAREX_JSON.matcher(syntax).replaceAll(path -> Matcher.quoteReplacement(jsonPath(path.group(1), body)));
    }

    private static String jsonPath(String path, String body) {
        Object found = JsonPath.read(body, path.startsWith("$.") ? path : "$." + path);
        if (found instanceof List<?> matches) {
            assertThat(matches).as("%s in %s", path, body).hasSize(1);
            return (String) matches.getFirst();
        }
        return (String) found;
    }

    /** PicList's and PicGo's walk: the path split at dots, each key an object's member or an array's index. */
    private String walk(String body, String path) {
        JsonNode node = json.readTree(body);
        for (String key : path.split("\\.")) {
            node = node.isArray() ? node.path(Integer.parseInt(key)) : node.path(key);
        }
        assertThat(node.isString()).as("%s in %s", path, body).isTrue();
        return node.asString();
    }

    private HttpResponse<String> send(String method, String url, Map<String, String> headers, String field,
            String fileName, byte[] content) throws IOException, InterruptedException {
        Multipart body = new Multipart().part(field, fileName, content);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toBytes()))
                .header("Content-Type", body.contentType());
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int fetch(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private record Run(int exitCode, String output) {}

    /** The script with stubs first on the PATH: Wayland's clipboard, and curl recording its arguments. */
    private Run runScript() throws IOException, InterruptedException {
        stub("wl-copy", "cat > '" + folder.resolve("clipboard") + "'");
        stub("curl", "echo \"$*\" > '" + folder.resolve("curl-arguments") + "'; exec /usr/bin/curl \"$@\"");
        Path script = folder.resolve("lightbox-shot.sh");
        Files.writeString(script, configs.shellScript());
        ProcessBuilder builder = new ProcessBuilder("sh", script.toString()).redirectErrorStream(true);
        builder.environment().put("PATH", folder.resolve("bin") + ":/usr/bin:/bin");
        builder.environment().put("WAYLAND_DISPLAY", "wayland-test");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private void stub(String program, String body) throws IOException {
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path stub = bin.resolve(program);
        Files.writeString(stub, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private void keep(HttpResponse<String> answer) {
        keep(json.readTree(answer.body()).get(0));
    }
}
