package app.lightbox.images.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.TestDatabase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** V15 on a library from before it: every image is left for the backfill to check, and a new row is checked. */
class LocationBackfillMigrationTest {

    private static final OffsetDateTime LAST_YEAR = OffsetDateTime.of(2025, 3, 4, 5, 6, 7, 0, ZoneOffset.UTC);

    @Test
    void every_image_stored_before_is_marked_for_the_backfill_and_new_ones_are_not() {
        DataSource db = TestDatabase.createFresh();
        TestDatabase.migrate(db, "14");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.update("insert into app_user (id, username, username_key, password_hash, role, created_at)"
                + " values (7, 'ann', 'ann', 'x', 'USER', ?)", LAST_YEAR);
        insertImage(jdbc, 5, false); // before V13, or stored while removing was off
        insertImage(jdbc, 6, true); // stripped at upload, by the stripper of its day

        TestDatabase.migrate(db, "latest");

        assertThat(jdbc.queryForList("select location_checked from stored_image order by id", Boolean.class))
                .containsExactly(false, false);
        insertImage(jdbc, 8, false);
        assertThat(jdbc.queryForObject("select location_checked from stored_image where id = 8", Boolean.class))
                .as("the default, for rows written without it").isTrue();
    }

    private static void insertImage(JdbcTemplate jdbc, long id, boolean locationRemoved) {
        String sha256 = String.valueOf(id).repeat(64);
        jdbc.update("""
                insert into stored_image (id, stored_name, original_name, media_type, size_bytes, width, height,
                    sha256, upload_sha256, content_key, location_removed, uploader_id, uploaded_at)
                values (?, ?, 'old.jpg', 'image/jpeg', 10, 40, 30, ?, ?, ?, ?, 7, ?)""",
                id, "0123456789abcdef0123456789abcde" + id + ".jpg", sha256, sha256, sha256, locationRemoved,
                LAST_YEAR);
    }
}
