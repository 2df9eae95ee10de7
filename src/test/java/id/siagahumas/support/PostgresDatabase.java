package id.siagahumas.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for one test run, created on the machine's server (127.0.0.1:5432, trust
 * auth, as on CI) and dropped again on {@link #close()}. The server is found through the system properties
 * {@code siaga.test.pg.host}, {@code siaga.test.pg.port}, {@code siaga.test.pg.user} and
 * {@code siaga.test.pg.admin-database}; a missing server fails the test with the command that starts it.
 */
public final class PostgresDatabase implements AutoCloseable {

  private static final String HOST = System.getProperty("siaga.test.pg.host", "127.0.0.1");
  private static final String PORT = System.getProperty("siaga.test.pg.port", "5432");
  private static final String USER = System.getProperty("siaga.test.pg.user", "postgres");
  private static final String ADMIN_DATABASE = System.getProperty("siaga.test.pg.admin-database", "test");

  private final String name;

  private PostgresDatabase(String name) {
    this.name = name;
  }

  /** Creates an empty database named {@code <prefix>_<random>}. */
  public static PostgresDatabase create(String prefix) {
    String name = (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
        .toLowerCase(Locale.ROOT);
    if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("Not a database name: " + name);
    }
    admin("CREATE DATABASE " + name);
    return new PostgresDatabase(name);
  }

  public String name() {
    return name;
  }

  public String jdbcUrl() {
    return jdbcUrl(name);
  }

  public String user() {
    return USER;
  }

  public String host() {
    return HOST;
  }

  public int port() {
    return Integer.parseInt(PORT);
  }

  /** Command-line arguments that point the packaged application at this database. */
  public List<String> applicationArguments() {
    return List.of("--spring.datasource.url=" + jdbcUrl(), "--spring.datasource.username=" + USER,
        "--spring.datasource.password=");
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), USER, "");
  }

  @Override
  public void close() {
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static String jdbcUrl(String database) {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
  }

  private static void admin(String sql) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl(ADMIN_DATABASE), USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + HOST + ":" + PORT + " (user " + USER + ") refused '" + sql
          + "'. Is it running? pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start", e);
    }
  }
}
