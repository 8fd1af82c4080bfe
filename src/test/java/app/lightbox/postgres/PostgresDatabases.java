package app.lightbox.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The PostgreSQL run's databases: the build asks for the run with {@code -Dlightbox.test.database=postgres}
 * (the surefire execution {@code postgres} does), {@link PostgresTestRun} names the server in the
 * {@code lightbox.test.postgres.*} properties, and every Spring context or migration test gets a
 * database of its own there, as it gets an in-memory H2 database of its own otherwise.
 */
public final class PostgresDatabases {

    /** {@code postgres} asks for the PostgreSQL run. */
    static final String RUN = "lightbox.test.database";
    /** JDBC URL of a database on the server that may create others; a developer's own server, or the throw-away one. */
    static final String SERVER_URL = "lightbox.test.postgres.url";
    static final String SERVER_USER = "lightbox.test.postgres.user";
    static final String SERVER_PASSWORD = "lightbox.test.postgres.password";
    /** Why the run's tests are skipped, when no server could be had. */
    static final String SKIPPED = "lightbox.test.postgres.skipped";

    private static final List<String> created = new CopyOnWriteArrayList<>();

    private PostgresDatabases() {}

    /** Whether this test JVM is the PostgreSQL run. */
    public static boolean requested() {
        return "postgres".equals(System.getProperty(RUN));
    }

    /** Creates an empty database on the run's server and returns its JDBC URL. */
    public static String createFresh() {
        String server = System.getProperty(SERVER_URL);
        if (server == null) {
            throw new IllegalStateException("The PostgreSQL run has no server: " + SERVER_URL + " is not set"
                    + (System.getProperty(SKIPPED) != null ? " (" + System.getProperty(SKIPPED) + ")" : ""));
        }
        String name = "lightbox_test_" + UUID.randomUUID().toString().replace("-", "");
        create(server, user(), password(), name);
        created.add(name);
        return withDatabase(server, name);
    }

    public static String user() {
        return System.getProperty(SERVER_USER, ThrowawayPostgres.USER);
    }

    public static String password() {
        return System.getProperty(SERVER_PASSWORD, "");
    }

    static void create(String serverUrl, String user, String password, String database) {
        execute(serverUrl, user, password, "create database " + database);
    }

    /** Drops the databases {@link #createFresh()} made, for a server that outlives the run. */
    static void dropCreated() {
        String server = System.getProperty(SERVER_URL);
        for (String name : created) {
            try {
                // FORCE: the Spring contexts still hold connections; they close only when the JVM exits.
                execute(server, user(), password(), "drop database if exists " + name + " with (force)");
            } catch (IllegalStateException e) {
                System.err.println("Could not drop the test database: " + e.getMessage());
            }
        }
        created.clear();
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run \"" + sql + "\" on " + url + " as " + user + ": "
                    + e.getMessage(), e);
        }
    }

    /** The same server and parameters, another database: {@code jdbc:postgresql://host:port/db?params}. */
    static String withDatabase(String url, String database) {
        String prefix = "jdbc:postgresql://";
        if (!url.startsWith(prefix)) {
            throw new IllegalArgumentException(SERVER_URL + " must start with " + prefix + ": " + url);
        }
        int hostEnd = url.indexOf('/', prefix.length());
        int query = url.indexOf('?', prefix.length());
        if (hostEnd < 0 || (query >= 0 && query < hostEnd)) {
            hostEnd = query < 0 ? url.length() : query;
        }
        String parameters = query < 0 ? "" : url.substring(query);
        return url.substring(0, hostEnd) + "/" + database + parameters;
    }
}
