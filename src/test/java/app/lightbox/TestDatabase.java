package app.lightbox;

import app.lightbox.postgres.PostgresDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The test database, H2 in memory or, in the PostgreSQL run, a database on the run's server.
 * {@link #truncateAll} empties every table, whatever features created it, so that a test starts as on a
 * fresh installation while the (expensive) Spring context is shared between classes.
 */
public final class TestDatabase {

    private TestDatabase() {}

    /** An empty database of its own, without schema, for tests that run Flyway themselves. */
    public static DriverManagerDataSource createFresh() {
        if (PostgresDatabases.requested()) {
            return new DriverManagerDataSource(PostgresDatabases.createFresh(), PostgresDatabases.user(),
                    PostgresDatabases.password());
        }
        return new DriverManagerDataSource("jdbc:h2:mem:lightbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /**
     * Runs the SQL migrations up to {@code target} ("latest", or a version to start a migration test from). The
     * Java migrations are Spring beans that Flyway does not find here.
     */
    public static void migrate(DataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
    }

    /** The product name the JDBC driver reports: "H2" or "PostgreSQL". */
    public static String productName(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void truncateAll(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        if (productName(dataSource).equals("PostgreSQL")) {
            List<String> tables = jdbc.queryForList("""
                    select quote_ident(table_name) from information_schema.tables
                    where table_schema = current_schema() and table_type = 'BASE TABLE'
                      and table_name <> 'flyway_schema_history'""", String.class);
            jdbc.execute("truncate table " + String.join(", ", tables) + " restart identity cascade");
            return;
        }
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'
                  and table_name <> 'flyway_schema_history'""", String.class);
        jdbc.execute("set referential_integrity false");
        try {
            tables.forEach(table -> jdbc.execute("truncate table \"" + table + "\" restart identity"));
        } finally {
            jdbc.execute("set referential_integrity true");
        }
    }
}
