package id.siagahumas.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Seeds the runtime registries ({@code unit}, {@code outlet}, {@code media_partner}) from the files in
 * {@code data/} when their tables are empty, under Flyway's lock so several nodes seed them once. From then on
 * the tables are the registries, kept by administrators through the API (and audited there).
 */
@Component
@SuppressWarnings("checkstyle:TypeName") // Flyway reads version and description from the class name
public class V15__Seed_registries extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection db = context.getConnection();
    if (empty(db, "unit")) {
      seed(db, "INSERT INTO unit (code, name, type, region, city, aliases, source) VALUES (?,?,?,?,?,?,?)",
          CsvResource.rows("data/units.csv"), List.of("code", "name", "type", "region", "city", "aliases", "source"));
    }
    if (empty(db, "outlet")) {
      try (PreparedStatement insert = db.prepareStatement(
          "INSERT INTO outlet (name_key, name, reach, email) VALUES (?,?,?,?)")) {
        for (Map<String, String> row : CsvResource.rows("data/outlets.csv")) {
          insert.setString(1, MediaRegistry.key(row.get("name")));
          insert.setString(2, row.get("name"));
          insert.setString(3, row.get("reach"));
          insert.setString(4, row.get("email"));
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
    if (empty(db, "media_partner")) {
      try (PreparedStatement insert = db.prepareStatement(
          "INSERT INTO media_partner (region, position, name, medium, email) VALUES (?,?,?,?,?)")) {
        java.util.Map<String, Integer> positions = new java.util.HashMap<>();
        for (Map<String, String> row : CsvResource.rows("data/media-partners.csv")) {
          insert.setString(1, row.get("region"));
          insert.setInt(2, positions.merge(row.get("region"), 1, Integer::sum));
          insert.setString(3, row.get("name"));
          insert.setString(4, row.get("medium"));
          insert.setString(5, row.get("email"));
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
  }

  private static boolean empty(Connection db, String table) throws SQLException {
    try (Statement count = db.createStatement(); ResultSet rows = count.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getInt(1) == 0;
    }
  }

  private static void seed(Connection db, String sql, List<Map<String, String>> rows, List<String> columns)
      throws SQLException {
    try (PreparedStatement insert = db.prepareStatement(sql)) {
      for (Map<String, String> row : rows) {
        for (int i = 0; i < columns.size(); i++) {
          String value = row.get(columns.get(i));
          insert.setString(i + 1, value == null ? "" : value);
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
