package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** What the API answers to calls it has no handler for: problems, never the pages' "not found" view. */
class ApiErrorsTest extends ApiTest {


    @ParameterizedTest
    @CsvSource({
            "PUT, /api/v1/images, 'GET, POST'",
            "PATCH, /api/v1/images, 'GET, POST'",
            "GET, /api/images, POST",
            "POST, /api/v1/images/0123456789abcdef0123456789abcdef.png, 'GET, DELETE'",
            "PUT, /api/v1/images/x.png, 'GET, DELETE'"})
    void a_known_address_with_another_method_is_not_allowed_and_says_which_are(String method, String path,
            String allowed) {
        HttpResponse<String> response = api.send(api.request(member, path).setHeader("Accept-Language", "zh-CN")
                .method(method, HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(String.join(", ", response.headers().allValues("Allow")).replace(",", ", ").replace("  ", " "))
                .isEqualTo(allowed);
        JsonNode problem = problem(response);
        assertThat(problem.get("code").asString()).isEqualTo("method-not-allowed");
        assertThat(problem.get("detail").asString()).isEqualTo("此地址不接受 " + method + " 请求。");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/nope", "/api/v2/images", "/api/v1/images/a/b", "/api/"})
    void an_unknown_address_is_a_not_found_problem(String path) {
        HttpResponse<String> response = api.get(member, path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(problem(response).get("code").asString()).isEqualTo("not-found");
    }

    private JsonNode problem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).as(response.body()).hasValue(Problem.MEDIA_TYPE);
        assertThat(response.body()).doesNotContain("Exception", "at app.lightbox");
        return api.json(response);
    }
}
