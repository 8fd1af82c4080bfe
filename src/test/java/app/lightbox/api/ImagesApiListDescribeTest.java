package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.blog.PostDetails;
import app.lightbox.blog.PostService;
import app.lightbox.images.ImageLinks;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.TestImages;
import app.lightbox.security.Actor;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/images} and {@code GET /api/v1/images/{name}} through real HTTP. */
class ImagesApiListDescribeTest extends ApiTest {

    @Autowired
    PostService posts;

    /** In the names of this test's images only, so that a search finds just them. */
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void lists_newest_first_a_page_at_a_time_with_the_totals() {
        List<ImageSummary> three = IntStream.rangeClosed(1, 3).mapToObj(i -> store(tag + "-" + i + ".png")).toList();

        JsonNode first = api.json(ok(api.get(member, "/api/v1/images?q=" + tag + "&size=2")));
        JsonNode second = api.json(ok(api.get(member, "/api/v1/images?q=" + tag + "&size=2&page=1")));

        assertThat(names(first.get("items"))).containsExactly(three.get(2).storedName(), three.get(1).storedName());
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("totalItems").asLong()).isEqualTo(3);
        assertThat(first.get("totalPages").asLong()).isEqualTo(2);
        assertThat(names(second.get("items"))).containsExactly(three.get(0).storedName());
        assertThat(second.get("page").asInt()).isEqualTo(1);
        JsonNode item = first.get("items").get(0);
        assertThat(item.get("url").asString()).isEqualTo(base() + ImageLinks.url(three.get(2).storedName()));
        assertThat(item.get("originalName").asString()).isEqualTo(tag + "-3.png");
        assertThat(item.get("uploader").asString()).isEqualTo(member.username());
        assertThat(item.has("deduplicated")).isFalse();
        assertThat(item.has("usedIn")).isFalse();
    }

    @Test
    void lists_only_the_unused_images_when_asked() {
        ImageSummary used = store(tag + "-used.png");
        ImageSummary unused = store(tag + "-unused.png");
        publish("Holiday", used, member);

        JsonNode all = api.json(ok(api.get(member, "/api/v1/images?q=" + tag)));
        JsonNode onlyUnused = api.json(ok(api.get(member, "/api/v1/images?unused=true&q=" + tag)));

        assertThat(names(all.get("items"))).containsExactly(unused.storedName(), used.storedName());
        assertThat(all.get("items").get(1).get("usageCount").asInt()).isEqualTo(1);
        assertThat(names(onlyUnused.get("items"))).containsExactly(unused.storedName());
        assertThat(onlyUnused.get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void a_search_that_finds_nothing_is_an_empty_page() {
        JsonNode page = api.json(ok(api.get(member, "/api/v1/images?q=nothing-" + tag)));

        assertThat(page.get("items").size()).isZero();
        assertThat(page.get("totalItems").asLong()).isZero();
        assertThat(page.get("totalPages").asLong()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=0", "size=101", "page=-1", "page=abc", "unused=maybe"})
    void a_parameter_out_of_range_is_a_bad_request(String parameter) {
        HttpResponse<String> response = api.get(member, "/api/v1/images?" + parameter);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        JsonNode problem = api.json(response);
        assertThat(problem.get("code").asString()).isEqualTo("bad-request");
        assertThat(problem.get("detail").asString()).contains(parameter.substring(0, parameter.indexOf('=')));
    }

    @Test
    void describes_an_image_with_the_posts_the_caller_may_see() {
        ImageSummary image = store(tag + ".png");
        PostDetails post = publish("Holiday", image, member);
        Actor other = ApiClient.newMember(accounts);
        posts.create("Secret draft", "![x](" + ImageLinks.url(image.storedName()) + ")", other);

        JsonNode described = api.json(ok(api.get(member, "/api/v1/images/" + image.storedName())));

        assertThat(described.get("name").asString()).isEqualTo(image.storedName());
        assertThat(described.get("originalName").asString()).isEqualTo(tag + ".png");
        assertThat(described.get("usageCount").asInt()).isEqualTo(2);
        JsonNode usedIn = described.get("usedIn");
        assertThat(usedIn.size()).as("the other member's draft is left out").isEqualTo(1);
        assertThat(usedIn.get(0).get("title").asString()).isEqualTo("Holiday");
        assertThat(usedIn.get(0).get("url").asString()).isEqualTo(base() + "/posts/" + post.id());
    }

    @Test
    void an_unused_image_is_described_as_used_nowhere() {
        ImageSummary image = store(tag + ".png");

        JsonNode described = api.json(ok(api.get(member, "/api/v1/images/" + image.storedName())));

        assertThat(described.get("usageCount").asInt()).isZero();
        assertThat(described.get("usedIn").size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123456789abcdef0123456789abcdef.png", "passwd.svg", "x"})
    void an_unknown_image_is_not_found(String name) {
        HttpResponse<String> response = api.get(member, "/api/v1/images/" + name);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(api.json(response).get("code").asString()).isEqualTo("not-found");
    }

    private ImageSummary store(String originalName) {
        return stored.stored(images.store(new ByteArrayInputStream(TestImages.png(2, 2)), originalName, member));
    }

    private PostDetails publish(String title, ImageSummary image, Actor author) {
        PostDetails draft = posts.create(title, "![x](" + ImageLinks.url(image.storedName()) + ")", author);
        return posts.publish(draft.id(), draft.version(), author);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static List<String> names(JsonNode items) {
        return IntStream.range(0, items.size()).mapToObj(i -> items.get(i).get("name").asString()).toList();
    }
}
