package app.lightbox.images.privacy;

import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The images whose stored file has not been through location removal ({@code stored_image.location_checked},
 * V15), and what checking one records. SQL of its own, as the derivatives' queue has: privacy knows the
 * images' table, not the feature's classes.
 */
@Component
class UncheckedImages {

    /** What checking an image needs to know of its row. */
    record Unchecked(long id, String storedName, String mediaType, String sha256) {}

    private final JdbcClient jdbc;

    UncheckedImages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} unchecked images after {@code afterId}, oldest (lowest id) first. */
    List<Unchecked> oldestAfter(long afterId, int limit) {
        return jdbc.sql("""
                        select id, stored_name, media_type, sha256 from stored_image
                        where location_checked = false and id > :afterId order by id
                        fetch first :max rows only""")
                .param("afterId", afterId)
                .param("max", limit)
                .query(Unchecked.class)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from stored_image where location_checked = false").query(Long.class).single();
    }

    /** The file was left as it is. */
    void checked(long id) {
        jdbc.sql("update stored_image set location_checked = true where id = :id").param("id", id).update();
    }

    /**
     * The file is now these bytes without location: size and hash (the ETag) follow them, and so does the key of
     * the library's one copy, unless another image holds it already (then this one has none, as copies from
     * before V14 have none).
     *
     * @return false if the image is gone (deleted meanwhile)
     */
    boolean cleaned(long id, long sizeBytes, String sha256) {
        try {
            return update(id, sizeBytes, sha256, """
                    case when exists (select 1 from stored_image o where o.content_key = :sha256 and o.id <> :id)
                    then null else :sha256 end""");
        } catch (DataIntegrityViolationException e) {
            return update(id, sizeBytes, sha256, "null"); // an upload of the same bytes was recorded a moment ago
        }
    }

    private boolean update(long id, long sizeBytes, String sha256, String contentKeySql) {
        return jdbc.sql("""
                        update stored_image set size_bytes = :size, sha256 = :sha256, location_removed = true,
                            location_checked = true, content_key = %s
                        where id = :id""".formatted(contentKeySql))
                .param("size", sizeBytes)
                .param("sha256", sha256)
                .param("id", id)
                .update() == 1;
    }
}
