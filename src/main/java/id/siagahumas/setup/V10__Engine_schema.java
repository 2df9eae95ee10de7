package id.siagahumas.setup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * The engine's tables, created by Flyway from Camunda's own create scripts (the ones the engine runs itself
 * with {@code database-schema-update: true}) under Flyway's lock, so that N nodes started at once on an empty
 * database all come up: the first creates the schema, the others wait for the lock and find it done.
 *
 * <p>A database of an earlier release, whose engine created its own tables, already has them: it is left as
 * it is if its schema is this engine's version. A later engine version is brought in by a new migration that
 * runs Camunda's {@code db/upgrade} scripts for that step.
 */
@Component
@SuppressWarnings("checkstyle:TypeName") // Flyway reads version and description from the class name
public class V10__Engine_schema extends BaseJavaMigration {

  private static final Logger log = LoggerFactory.getLogger(V10__Engine_schema.class);

  /** In the engine's own order (DbSqlSession#dbSchemaCreate). */
  static final List<String> COMPONENTS =
      List.of("engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    String database = databaseType(connection.getMetaData());
    if (engineTablesPresent(connection)) {
      String found = schemaVersion(connection);
      String expected = ProductPropertiesUtil.getProductVersion();
      if (!expected.equals(found)) {
        throw new IllegalStateException("The engine tables are of Camunda " + found + "; this release needs "
            + expected + ". Apply Camunda's upgrade scripts for " + database + " first.");
      }
      log.info("Engine tables of Camunda {} already present (created by an earlier release): kept", found);
      return;
    }
    for (String component : COMPONENTS) {
      String script = "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + component + ".sql";
      ScriptUtils.executeSqlScript(connection, new EncodedResource(new ClassPathResource(script), "UTF-8"));
    }
    log.info("Engine tables of Camunda {} created on {}", ProductPropertiesUtil.getProductVersion(), database);
  }

  /** Camunda's name for the database, as in its script names. */
  static String databaseType(DatabaseMetaData metaData) throws SQLException {
    String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("h2")) {
      return "h2";
    }
    if (product.contains("postgres")) {
      return "postgres";
    }
    throw new IllegalStateException("Siaga Humas runs on H2 or PostgreSQL, not on " + metaData.getDatabaseProductName());
  }

  private static boolean engineTablesPresent(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    for (String name : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
      try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The version of the latest entry of the engine's schema log. */
  private static String schemaVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select VERSION_ from ACT_GE_SCHEMA_LOG order by TIMESTAMP_ desc, ID_ desc")) {
      return rows.next() ? rows.getString(1) : "unknown";
    }
  }
}
