package id.siagahumas.support;

import java.util.Locale;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * The database of the Spring tests. By default the in-memory H2 of {@code application-test.yaml}; with the
 * system property {@code siaga.test.database=postgres} (Maven profile {@code postgres-tests}) a fresh PostgreSQL
 * database for each application context ({@link PostgresDatabase}), dropped once the context is closed, at the
 * latest when the JVM ends.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String PROPERTY = "siaga.test.database";

  /** Whether this run's Spring tests use PostgreSQL. */
  public static boolean postgres() {
    String database = System.getProperty(PROPERTY, "h2").trim().toLowerCase(Locale.ROOT);
    return switch (database) {
      case "h2", "" -> false;
      case "postgres", "postgresql" -> true;
      default -> throw new IllegalStateException(PROPERTY + " is h2 or postgres, not " + database);
    };
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    if (!postgres()) {
      return;
    }
    PostgresDatabase database = PostgresDatabase.create("siaga_test");
    TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
        "spring.datasource.url=" + database.jdbcUrl(),
        "spring.datasource.driver-class-name=org.postgresql.Driver",
        "spring.datasource.username=" + database.user(),
        "spring.datasource.password=");
    System.out.printf("Spring tests on PostgreSQL: database %s%n", database.name());
    // Spring closes the cached test contexts in a JVM shutdown hook; this hook closes the context first
    // (close() waits for a close already under way, and does nothing for a context closed before) so the engine
    // and the pool let go of the database before it is dropped.
    Thread dropper = new Thread(() -> {
      context.close();
      drop(database);
    }, "drop-" + database.name());
    Runtime.getRuntime().addShutdownHook(dropper);
  }

  private static void drop(PostgresDatabase database) {
    try {
      database.close();
    } catch (RuntimeException e) {
      System.err.println("Could not drop the test database " + database.name() + ": " + e.getMessage());
    }
  }
}
