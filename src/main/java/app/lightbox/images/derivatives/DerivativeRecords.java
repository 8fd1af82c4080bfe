package app.lightbox.images.derivatives;

import app.lightbox.images.derivatives.DerivativeJobs.State;
import app.lightbox.images.derivatives.DerivativeSizes.Size;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The made derivatives in {@code image_derivative}, a row per image and kind, and what is read with them. */
@Component
class DerivativeRecords {

    /** An image as its derivatives' requests see it: its job's state and the derivative asked for, if made. */
    record Lookup(long imageId, @Nullable State state, @Nullable DerivativeFile derivative) {}

    private final JdbcClient jdbc;

    DerivativeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the image's rows by these, in the caller's transaction. */
    void replace(long imageId, Map<DerivativeKind, DerivativeFile> made) {
        jdbc.sql("delete from image_derivative where image_id = :id").param("id", imageId).update();
        made.forEach((kind, file) -> jdbc.sql("""
                        insert into image_derivative (image_id, kind, stored_name, media_type, width, height, size_bytes, sha256)
                        values (:id, :kind, :name, :type, :width, :height, :size, :sha256)""")
                .param("id", imageId)
                .param("kind", kind.name())
                .param("name", file.storedName())
                .param("type", file.mediaType())
                .param("width", file.width())
                .param("height", file.height())
                .param("size", file.sizeBytes())
                .param("sha256", file.sha256())
                .update());
    }

    /** The stored name of the image's original, empty if it is gone. */
    Optional<String> originalName(long imageId) {
        return jdbc.sql("select stored_name from stored_image where id = :id").param("id", imageId)
                .query(String.class).optional();
    }

    List<String> storedNamesOf(long imageId) {
        return jdbc.sql("select stored_name from image_derivative where image_id = :id").param("id", imageId)
                .query(String.class).list();
    }

    /** Those of the names that are recorded derivatives. */
    List<String> recordedNamesIn(Collection<String> storedNames) {
        return storedNames.isEmpty() ? List.of()
                : jdbc.sql("select stored_name from image_derivative where stored_name in (:names)")
                        .param("names", storedNames).query(String.class).list();
    }

    /** The image by its original's stored name, with one kind of derivative; empty if there is no such image. */
    Optional<Lookup> lookup(String originalName, DerivativeKind kind) {
        return jdbc.sql("""
                        select i.id, j.state, d.stored_name, d.media_type, d.width, d.height, d.size_bytes, d.sha256
                        from stored_image i
                        left join derivative_job j on j.image_id = i.id
                        left join image_derivative d on d.image_id = i.id and d.kind = :kind
                        where i.stored_name = :name""")
                .param("kind", kind.name())
                .param("name", originalName)
                .query((rs, row) -> new Lookup(rs.getLong(1), state(rs), rs.getString(3) == null ? null
                        : new DerivativeFile(rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                                rs.getLong(7), rs.getString(8))))
                .optional();
    }

    /** The derivatives' sizes of each of the images, by the originals' stored names; unknown names are left out. */
    Map<String, DerivativeSizes> sizes(Collection<String> originalNames) {
        if (originalNames.isEmpty()) {
            return Map.of();
        }
        Map<String, State> states = new HashMap<>();
        Map<String, Boolean> small = new HashMap<>();
        Map<String, Map<DerivativeKind, Size>> made = new HashMap<>();
        jdbc.sql("""
                        select i.stored_name, j.state, d.kind, d.width, d.height, i.width, i.height
                        from stored_image i
                        left join derivative_job j on j.image_id = i.id
                        left join image_derivative d on d.image_id = i.id
                        where i.stored_name in (:names)""")
                .param("names", originalNames)
                .query(rs -> {
                    String name = rs.getString(1);
                    State state = state(rs);
                    states.put(name, state == null ? State.DONE : state);
                    // its own thumbnail: nothing to wait for
                    small.put(name, Math.max(rs.getInt(6), rs.getInt(7)) <= DerivativeKind.THUMB.longSide());
                    Map<DerivativeKind, Size> kinds = made.computeIfAbsent(name, n -> new EnumMap<>(DerivativeKind.class));
                    if (rs.getString(3) != null) {
                        kinds.put(DerivativeKind.valueOf(rs.getString(3)), new Size(rs.getInt(4), rs.getInt(5)));
                    }
                });
        Map<String, DerivativeSizes> sizes = new HashMap<>();
        states.forEach((name, state) -> {
            Map<DerivativeKind, Size> kinds = made.get(name);
            boolean ready = state != State.PENDING || kinds.containsKey(DerivativeKind.THUMB) || small.get(name);
            sizes.put(name, new DerivativeSizes(ready,
                    kinds.get(DerivativeKind.THUMB), kinds.get(DerivativeKind.DISPLAY)));
        });
        return sizes;
    }

    private static @Nullable State state(ResultSet rs) throws SQLException {
        String state = rs.getString(2);
        return state == null ? null : State.valueOf(state);
    }
}
