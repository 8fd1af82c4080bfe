package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Who may call the API, through real HTTP: refusals are problems, in the caller's language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiSecurityTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void a_call_without_credentials_is_a_problem_with_a_bearer_challenge_and_no_session() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/images")).header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(Problem.MEDIA_TYPE));
        assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly(ApiSecurityConfig.CHALLENGE);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("code").asString()).isEqualTo("not-authenticated");
        assertThat(problem.get("type").asString()).isEqualTo(Problem.TYPE_PREFIX + "not-authenticated");
        assertThat(problem.get("title").asString()).isEqualTo("未登录");
        assertThat(problem.get("detail").asString()).contains("Bearer");
    }
}
