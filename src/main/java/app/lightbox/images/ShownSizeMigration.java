package app.lightbox.images;

import app.lightbox.base.db.DataMigration;
import app.lightbox.images.storage.ImageStorage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Flyway migration giving images of one format the size they are shown at, once {@link ImageHeader}
 * reads an orientation it did not read before: their headers are read again from the storage and the
 * rows corrected; Java, because SQL cannot read the files.
 *
 * <p>Only the first bytes of each file are read. A file missing or unreadable keeps its row as it is.
 */
abstract class ShownSizeMigration extends DataMigration {

    private static final Logger log = LoggerFactory.getLogger(ShownSizeMigration.class);

    private record Row(long id, String storedName, int width, int height) {}

    private final ImageStorage storage;
    private final ImageFormat format;
    private final String plural;

    /**
     * @param plural the images of the format in a log line, "JPEGs" say
     */
    ShownSizeMigration(String version, String description, ImageFormat format, String plural, ImageStorage storage) {
        super(version, description);
        this.format = format;
        this.plural = plural;
        this.storage = storage;
    }

    @Override
    protected void changed(int rows) {
        log.info("Gave {} {} turned by their Exif orientation the size they are shown at", rows, plural);
    }

    /**
     * Corrects every stored image's size of the format where its header says otherwise; returns how many
     * rows changed. Files it could not read (the storage not mounted during the upgrade, say) are counted in
     * a warning: this migration runs once, so their sizes stay as recorded.
     */
    @Override
    protected int update(Connection connection) throws SQLException {
        int changed = 0;
        int unread = 0;
        try (PreparedStatement update = connection.prepareStatement(
                "update stored_image set width = ?, height = ? where id = ?")) {
            for (Row row : rows(connection)) {
                Optional<ImageHeader> header = header(row.storedName());
                if (header.isEmpty()) {
                    unread++;
                } else if (header.get().width() != row.width() || header.get().height() != row.height()) {
                    update.setInt(1, header.get().width());
                    update.setInt(2, header.get().height());
                    update.setLong(3, row.id());
                    update.executeUpdate();
                    changed++;
                }
            }
        }
        if (unread > 0) {
            log.warn("Could not read {} stored {} (missing or unreadable files); their sizes stay as recorded,"
                    + " and a portrait photo among them may show its size turned", unread, plural);
        }
        return changed;
    }

    private Optional<ImageHeader> header(String storedName) {
        if (!ImageStorage.isValidName(storedName) || !storage.exists(storedName)) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(storage.open(storedName))) {
            return ImageHeader.read(format, in);
        } catch (IOException e) {
            log.warn("Could not read the header of image {}; its size stays as recorded", storedName, e);
            return Optional.empty();
        }
    }

    private List<Row> rows(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, stored_name, width, height from stored_image where media_type = ? order by id")) {
            select.setString(1, format.mediaType());
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong("id"), result.getString("stored_name"), result.getInt("width"),
                            result.getInt("height")));
                }
            }
        }
        return rows;
    }
}
