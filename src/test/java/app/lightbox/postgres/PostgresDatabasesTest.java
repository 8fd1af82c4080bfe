package app.lightbox.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostgresDatabasesTest {

    @ParameterizedTest
    @CsvSource({
            "jdbc:postgresql://127.0.0.1:5432/postgres, jdbc:postgresql://127.0.0.1:5432/other",
            "jdbc:postgresql://localhost/postgres?ssl=true&sslmode=require, jdbc:postgresql://localhost/other?ssl=true&sslmode=require",
            "jdbc:postgresql://localhost:5433, jdbc:postgresql://localhost:5433/other",
            "jdbc:postgresql://localhost?user=me, jdbc:postgresql://localhost/other?user=me",
            "'jdbc:postgresql://a:1,b:2/db', 'jdbc:postgresql://a:1,b:2/other'"})
    void points_a_server_url_at_another_database(String server, String other) {
        assertThat(PostgresDatabases.withDatabase(server, "other")).isEqualTo(other);
    }
}
