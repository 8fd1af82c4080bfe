package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.blog.PostDetails;
import app.lightbox.blog.PostService;
import app.lightbox.images.ImageLinks;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.TestImages;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** {@code DELETE /api/v1/images/{name}} through real HTTP: the same rules as the library's view. */
class ImagesApiDeleteTest extends ApiTest {

    @Autowired
    PostService posts;

    @Autowired
    JdbcTemplate jdbc;

    private ImageSummary image;

    @BeforeEach
    void storeAnImage() {
        image = stored.stored(images.store(new ByteArrayInputStream(TestImages.png(2, 2)), "mine.png", member));
    }

    @Test
    void the_uploader_deletes_an_unused_image_row_and_file() {
        HttpResponse<String> response = api.delete(member, path());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertGone();
    }

    @Test
    void an_admin_deletes_anyones_image() {
        HttpResponse<String> response = api.delete(ApiClient.newAdmin(accounts, jdbc), path());

        assertThat(response.statusCode()).isEqualTo(204);
        assertGone();
    }

    @Test
    void another_member_may_not_delete_it() {
        Library before = now();

        HttpResponse<String> response = api.delete(ApiClient.newMember(accounts), path());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(api.json(response).get("code").asString()).isEqualTo("forbidden");
        assertThat(images.find(image.storedName())).isPresent();
        assertThat(now()).isEqualTo(before);
    }

    @Test
    void a_used_image_is_kept_and_the_answer_names_the_posts_the_caller_may_see() {
        PostDetails post = posts.create("Holiday", "![x](" + ImageLinks.url(image.storedName()) + ")", member);
        posts.publish(post.id(), post.version(), member);
        posts.create("Someone's draft", "![x](" + ImageLinks.url(image.storedName()) + ")", ApiClient.newMember(accounts));
        Library before = now();

        HttpResponse<String> response = api.send(api.request(member, path()).setHeader("Accept-Language", "zh-CN")
                .DELETE());

        assertThat(response.statusCode()).isEqualTo(409);
        JsonNode problem = api.json(response);
        assertThat(problem.get("code").asString()).isEqualTo("in-use");
        assertThat(problem.get("detail").asString()).contains("用于 1 篇文章", "另有 1 篇你看不到的草稿", "force=true");
        assertThat(problem.get("usedIn").size()).isEqualTo(1);
        assertThat(problem.get("usedIn").get(0).get("title").asString()).isEqualTo("Holiday");
        assertThat(problem.get("usedIn").get(0).get("url").asString())
                .isEqualTo(base() + "/posts/" + post.id());
        assertThat(now()).isEqualTo(before);
    }

    @Test
    void a_used_image_is_deleted_with_force() {
        posts.create("Draft", "![x](" + ImageLinks.url(image.storedName()) + ")", member);

        HttpResponse<String> response = api.delete(member, path() + "?force=true");

        assertThat(response.statusCode()).isEqualTo(204);
        assertGone();
    }

    @Test
    void an_unknown_image_is_not_found() {
        HttpResponse<String> response = api.delete(member, "/api/v1/images/0123456789abcdef0123456789abcdef.png");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(api.json(response).get("code").asString()).isEqualTo("not-found");
    }

    private String path() {
        return "/api/v1/images/" + image.storedName();
    }

    private void assertGone() {
        assertThat(images.find(image.storedName())).isEmpty();
        assertThat(now().files()).doesNotContain(image.storedName());
    }

}
