package id.siagahumas.registry;

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
 * Seeds {@code unit_letter} from {@code data/unit-letters.csv} on an empty table (a new database, or one of
 * the release before letters), under Flyway's lock, so several nodes seed it once. From then on the table is
 * the registry's letter data, kept by administrators.
 */
@Component
@SuppressWarnings("checkstyle:TypeName") // Flyway reads version and description from the class name
public class V13__Seed_unit_letters extends BaseJavaMigration {

  static final List<String> COLUMNS = List.of("letterhead_name", "address", "phone", "email", "head_title",
      "head_name", "head_nip", "number_format");

  @Override
  public void migrate(Context context) throws SQLException {
    try (Statement count = context.getConnection().createStatement();
        ResultSet rows = count.executeQuery("SELECT COUNT(*) FROM unit_letter")) {
      rows.next();
      if (rows.getInt(1) > 0) {
        return;
      }
    }
    try (PreparedStatement insert = context.getConnection().prepareStatement("INSERT INTO unit_letter (unit_code, "
        + String.join(", ", COLUMNS) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Map<String, String> row : CsvResource.rows("data/unit-letters.csv")) {
        insert.setString(1, row.get("code"));
        for (int i = 0; i < COLUMNS.size(); i++) {
          insert.setString(i + 2, row.get(COLUMNS.get(i)));
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
