package id.siagahumas.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The audit of the registries ({@code registry_change}): every change with who, when, and the item before and
 * after as JSON. Its highest id is the registries' version, which {@link RegistryRefresh} watches.
 */
@Repository
public class RegistryChanges {

  /** The registries whose changes are recorded. */
  public enum Registry { UNIT, UNIT_ALIAS, OUTLET, MEDIA_PARTNERS, FEED }

  /** One recorded change; {@code before} is null for an item added, {@code after} for one removed. */
  public record Change(long id, Registry registry, String item, String action, String changedBy,
      OffsetDateTime changedAt, JsonNode before, JsonNode after) {
  }

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  public RegistryChanges(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /** Records a change; call it in the transaction that makes the change. */
  public void record(Registry registry, String item, String action, String changedBy, Object before,
      Object after) {
    jdbc.update("INSERT INTO registry_change (registry, item_key, action, changed_by, changed_at, before_json, "
        + "after_json) VALUES (?,?,?,?,?,?,?)", registry.name(), item, action, changedBy,
        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), write(before), write(after));
  }

  /** The changes of one registry (all when null; of one item of it when {@code item} is given), newest first. */
  public List<Change> of(Registry registry, String item, int limit) {
    List<String> conditions = new java.util.ArrayList<>();
    List<Object> args = new java.util.ArrayList<>();
    if (registry != null) {
      conditions.add("registry = ?");
      args.add(registry.name());
    }
    if (item != null) {
      conditions.add("item_key = ?");
      args.add(item);
    }
    String where = conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
    return jdbc.query("SELECT id, registry, item_key, action, changed_by, changed_at, before_json, after_json "
        + "FROM registry_change " + where + " ORDER BY id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
        (rs, n) -> new Change(rs.getLong(1), Registry.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getObject(6, OffsetDateTime.class), read(rs.getString(7)), read(rs.getString(8))),
        args.toArray());
  }

  /** The registries' version: grows with every change, on any node. */
  public long version() {
    Long max = jdbc.queryForObject("SELECT MAX(id) FROM registry_change", Long.class);
    return max == null ? 0 : max;
  }

  private String write(Object value) {
    try {
      return value == null ? null : json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot record a registry change", e);
    }
  }

  private JsonNode read(String value) {
    try {
      return value == null ? null : json.readTree(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable registry change", e);
    }
  }
}
