package app.lightbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.postgres.PostgresDatabases;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The database tests run on what the build says: H2 normally, PostgreSQL in the surefire execution "postgres". */
@SpringBootTest
class TestDatabaseTest {

    @Autowired
    DataSource dataSource;

    @Test
    void runs_on_postgresql_in_the_postgresql_run_and_on_h2_otherwise() {
        assertThat(TestDatabase.productName(dataSource))
                .isEqualTo(PostgresDatabases.requested() ? "PostgreSQL" : "H2");
    }

    @Test
    void a_fresh_database_has_no_tables_and_the_context_s_database_has_the_schema() {
        JdbcTemplate fresh = new JdbcTemplate(TestDatabase.createFresh());
        String countTables = """
                select count(*) from information_schema.tables
                where lower(table_name) in ('app_user', 'post', 'stored_image', 'image_reference')""";

        assertThat(fresh.queryForObject(countTables, Long.class)).isZero();
        assertThat(new JdbcTemplate(dataSource).queryForObject(countTables, Long.class)).isEqualTo(4);
    }
}
