package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAPI 3.1 document held against real answers: whether an operation documents an answer's status and
 * content type, and whether the body matches the documented schema (JSON Schema 2020-12, which OpenAPI 3.1
 * schemas are, with their {@code $ref}s resolved inside the document). Keeps the answers it has seen as
 * {@code "<method> <path> <status> <content type>"} to compare with every answer documented.
 */
final class ApiContract {

    private static final String LOCATION = "https://lightbox.invalid/openapi.json";
    /** The members of a path item that are operations (the others: parameters, summary…). */
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Set<String> exercised = new TreeSet<>();

    ApiContract(String document) {
        this.document = json.readTree(document);
        this.schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                registry -> registry.schemas(Map.of(LOCATION, document)));
    }

    /** The answer is documented for the operation, with a body of the documented schema. */
    void check(String path, String method, HttpResponse<String> response) {
        String answer = method + " " + path + " " + response.statusCode();
        assertThat(document.path("paths").path(path).path(method).isObject()).as("%s %s documented", method, path)
                .isTrue();
        String pointer = "/paths/" + escape(path) + "/" + method + "/responses/" + response.statusCode();
        JsonNode documented = document.at(pointer);
        assertThat(documented.isObject()).as("%s documented; the body: %s", answer, response.body()).isTrue();
        while (documented.has("$ref")) {
            pointer = documented.get("$ref").asString().substring(1);
            documented = document.at(pointer);
        }
        if (response.body().isEmpty()) {
            assertThat(documented.has("content")).as("%s without a body", answer).isFalse();
            exercised.add(answer + " -");
            return;
        }
        String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        assertThat(documented.path("content").path(type).isObject()).as("%s as %s: %s", answer, type, response.body())
                .isTrue();
        JsonNode schema = documented.path("content").path(type).path("schema");
        String location = schema.has("$ref") ? LOCATION + schema.get("$ref").asString()
                : LOCATION + "#" + pointer + "/content/" + escape(type) + "/schema";
        assertValid(location, response, answer + " " + type);
        exercised.add(answer + " " + type);
    }

    /**
     * An answer to a method that the path has no operation for: {@code 405}, as each of the path's
     * operations documents it (an answer of the address rather than of one operation).
     */
    void checkOtherMethod(String path, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(405);
        List<String> operations = document.path("paths").path(path).propertyNames().stream()
                .filter(OPERATIONS::contains).toList();
        assertThat(operations).as("operations of %s", path).isNotEmpty();
        operations.forEach(method -> check(path, method, response));
    }

    /** A problem with the given code, as the document's Problem schema has it. */
    void assertProblem(HttpResponse<String> response, String code) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(Problem.MEDIA_TYPE));
        assertValid(LOCATION + "#/components/schemas/Problem", response, code);
        assertThat(json.readTree(response.body()).path("code").asString()).isEqualTo(code);
    }

    Set<String> exercised() {
        return exercised;
    }

    /** Every answer the document names, as {@link #exercised()} names them ({@code -} for no body). */
    Set<String> documented() {
        Set<String> answers = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (operation.getValue().has("responses")) {
                operation.getValue().get("responses").properties().forEach(status -> {
                    JsonNode answer = status.getValue();
                    while (answer.has("$ref")) {
                        answer = document.at(answer.get("$ref").asString().substring(1));
                    }
                    String prefix = operation.getKey() + " " + path.getKey() + " " + status.getKey() + " ";
                    if (answer.has("content")) {
                        answer.get("content").propertyNames().forEach(type -> answers.add(prefix + type));
                    } else {
                        answers.add(prefix + "-");
                    }
                });
            }
        }));
        return answers;
    }

    private void assertValid(String location, HttpResponse<String> response, String what) {
        Schema schema = schemas.getSchema(SchemaLocation.of(location));
        List<Error> errors = schema.validate(json.readTree(response.body()));
        assertThat(errors).as("%s against %s: %s", what, location, response.body()).isEmpty();
    }

    /** A JSON pointer's token for the name. */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
