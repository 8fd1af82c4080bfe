package app.lightbox.images.derivatives;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.TestDatabase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V12 on a library from before derivatives: every image gets a pending job, the backfill the queue then works. */
class DerivativeBackfillMigrationTest {

    @Test
    void images_uploaded_before_derivatives_get_their_pending_job() {
        DriverManagerDataSource db = TestDatabase.createFresh();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        migrate(db, "10");
        OffsetDateTime uploaded = OffsetDateTime.of(2025, 3, 4, 5, 6, 7, 0, ZoneOffset.UTC);
        jdbc.update("""
                insert into app_user (id, username, username_key, password_hash, role, created_at)
                values (1, 'old', 'old', 'x', 'USER', ?)""", uploaded);
        for (long id : new long[] {5, 6}) {
            jdbc.update("""
                    insert into stored_image (id, stored_name, original_name, media_type, size_bytes, width, height,
                        sha256, uploader_id, uploaded_at)
                    values (?, ?, 'old.jpg', 'image/jpeg', 10, 4000, 3000, ?, 1, ?)""",
                    id, "0123456789abcdef0123456789abcde" + id + ".jpg", "0".repeat(64), uploaded);
        }

        migrate(db, "latest");

        List<Map<String, Object>> jobs = jdbc.queryForList("select image_id, state, attempts from derivative_job order by image_id");
        assertThat(jobs).extracting(job -> job.get("image_id"), job -> job.get("state"), job -> job.get("attempts"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, "PENDING", 0),
                        org.assertj.core.groups.Tuple.tuple(6L, "PENDING", 0));
        jdbc.update("delete from stored_image where id = 5");
        assertThat(jdbc.queryForList("select image_id from derivative_job", Long.class)).as("cascades").containsExactly(6L);
    }

    private static void migrate(DriverManagerDataSource db, String target) {
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target(target).load().migrate();
    }
}
