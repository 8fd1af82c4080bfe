package app.lightbox;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties every table of the embedded test database, whatever features created it, so that a test
 * starts as on a fresh installation while the (expensive) Spring context is shared between classes.
 */
public final class TestDatabase {

    private TestDatabase() {}

    public static void truncateAll(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
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
