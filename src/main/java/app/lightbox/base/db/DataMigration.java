package app.lightbox.base.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;

/**
 * A Flyway migration in Java, for data that SQL cannot derive (a Unicode form, a file's header). Made a
 * Spring bean, Spring Boot hands it to Flyway, so it runs once, in Flyway's transaction and under its
 * lock, before the application serves anyone; its version sits between the SQL ones.
 */
public abstract class DataMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected DataMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    /** Changes what needs changing; returns how many rows changed, for the log. */
    protected abstract int update(Connection connection) throws SQLException;

    /** Logs what {@link #update} did, when it did anything. */
    protected abstract void changed(int rows);

    @Override
    public final void migrate(Context context) throws SQLException {
        int rows = update(context.getConnection());
        if (rows > 0) {
            changed(rows);
        }
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    /** None: the code may be improved later without Flyway taking it for a changed migration. */
    @Override
    public @Nullable Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
