package app.lightbox.blog;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.TestDatabase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V4 on a database that already has posts: they were public, so they become published on the day they were written. */
class DraftsMigrationTest {

    @Test
    void posts_from_before_drafts_are_published_at_their_creation_and_queued_for_their_images() {
        DriverManagerDataSource db = TestDatabase.createFresh();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        migrate(db, "3");
        OffsetDateTime written = OffsetDateTime.of(2024, 5, 6, 7, 8, 9, 123_456_000, ZoneOffset.UTC);
        jdbc.update("""
                insert into app_user (id, username, username_key, password_hash, role, created_at)
                values (1, 'old', 'old', 'x', 'USER', ?)""", written);
        jdbc.update("""
                insert into post (id, title, body, excerpt, author_id, created_at, updated_at, version)
                values (7, 'Old post', 'text', 'text', 1, ?, ?, 3)""", written, written.plusDays(1));

        migrate(db, "latest");

        Map<String, Object> post = jdbc.queryForMap("select published, cover_image, version from post");
        assertThat(post.get("published")).isEqualTo(true);
        assertThat(jdbc.queryForObject("select published_at from post", OffsetDateTime.class).toInstant())
                .isEqualTo(written.toInstant());
        assertThat(post.get("cover_image")).isNull();
        assertThat(post.get("version")).isEqualTo(3L);
        assertThat(jdbc.queryForList("select post_id from post_reindex", Long.class)).containsExactly(7L);
    }

    private static void migrate(DriverManagerDataSource db, String target) {
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target(target).load().migrate();
    }
}
