package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the API answers to calls it has no handler for, or that Spring MVC refuses before its handlers: problems,
 * never the pages' "not found" view.
 */
class ApiErrorsTest extends ApiTest {

    @Autowired
    ApiExceptionHandler handler;

    @Autowired
    ApiErrorDispatch errorDispatch;

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

    @Test
    void a_call_that_accepts_no_json_is_not_acceptable() {
        HttpResponse<String> response = api.send(api.request(member, "/api/v1/images").header("Accept", "text/html"));

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(problem(response).get("code").asString()).isEqualTo("not-acceptable");
    }

    /** Spring MVC's client errors keep their status, with a code of their own where the API has one. */
    @ParameterizedTest
    @MethodSource("springErrors")
    void spring_mvcs_own_client_errors_keep_their_status(Exception error, int status, String code) throws Exception {
        ResponseEntity<Object> answer = handler.handleException(error,
                new ServletWebRequest(new MockHttpServletRequest("POST", "/api/v1/images")));

        assertThat(answer).isNotNull();
        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        assertThat(answer.getBody()).isInstanceOfSatisfying(Problem.class, problem -> {
            assertThat(problem.status()).isEqualTo(status);
            assertThat(problem.code()).isEqualTo(code);
            assertThat(problem.detail()).doesNotStartWith("!");
        });
    }

    static Stream<Arguments> springErrors() {
        return Stream.of(
                arguments(new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON)), 406,
                        "not-acceptable"),
                arguments(new MaxUploadSizeExceededException(1000), 413, "content-too-large"),
                arguments(new HttpMediaTypeNotSupportedException(MediaType.TEXT_PLAIN, List.of(MediaType.APPLICATION_JSON)),
                        415, "unsupported-media-type"),
                arguments(new MissingServletRequestParameterException("size", "int"), 400, "bad-request"),
                arguments(new ErrorResponseException(HttpStatus.GONE), 410, "bad-request"),
                arguments(new AsyncRequestTimeoutException(), 500, "server-error"));
    }

    /**
     * An error that reaches the servlet container's error dispatch (a filter's {@code sendError}, Tomcat's own)
     * keeps its status and gets the code Spring MVC's error of that status would.
     */
    @ParameterizedTest
    @CsvSource({
            "406, 406, not-acceptable",
            "413, 413, content-too-large",
            "415, 415, unsupported-media-type",
            "408, 408, request-timeout",
            "410, 410, bad-request",
            "503, 500, server-error"})
    void an_error_dispatched_to_the_error_page_keeps_its_status(int dispatched, int status, String code)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/error");
        request.setDispatcherType(DispatcherType.ERROR);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/images");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, dispatched);
        MockHttpServletResponse response = new MockHttpServletResponse();

        errorDispatch.doFilter(request, response, (req, res) -> {
            throw new AssertionError("the pages' error page");
        });

        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith(Problem.MEDIA_TYPE);
        JsonNode problem = JsonMapper.builder().build().readTree(response.getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asString()).isEqualTo(code);
    }

    private JsonNode problem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).as(response.body()).hasValue(Problem.MEDIA_TYPE);
        assertThat(response.body()).doesNotContain("Exception", "at app.lightbox");
        return api.json(response);
    }
}
