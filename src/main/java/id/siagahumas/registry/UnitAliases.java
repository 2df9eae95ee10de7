package id.siagahumas.registry;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Names of units confirmed at {@code assignUnit} and saved as aliases (DESIGN.md, "The process", step 2),
 * kept in the database beside the registry's own aliases. JdbcTemplate, so that Flyway has run first.
 */
@Component
public class UnitAliases {

  private final JdbcTemplate jdbc;
  private final UnitRegistry registry;
  private final RegistryChanges changes;

  public UnitAliases(JdbcTemplate jdbc, UnitRegistry registry, RegistryChanges changes) {
    this.jdbc = jdbc;
    this.registry = registry;
    this.changes = changes;
  }

  /** Saved aliases by unit code. */
  public Map<String, List<String>> byUnit() {
    Map<String, List<String>> byUnit = new LinkedHashMap<>();
    jdbc.query("SELECT unit_code, alias FROM unit_alias ORDER BY saved_at", rs -> {
      byUnit.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
    });
    return byUnit;
  }

  /** Every unit of the registry with the saved aliases added. */
  public List<Unit> units() {
    Map<String, List<String>> saved = byUnit();
    return registry.units().stream().map(u -> {
      List<String> extra = saved.get(u.code());
      if (extra == null) {
        return u;
      }
      List<String> aliases = new ArrayList<>(u.aliases());
      extra.stream().filter(a -> !aliases.contains(a) && !a.equals(u.name())).forEach(aliases::add);
      return new Unit(u.code(), u.name(), u.type(), u.region(), u.city(), aliases, u.source());
    }).toList();
  }

  /** Saves a name as an alias of a unit; false when the name is already known (for this or another unit). */
  public boolean save(String unitCode, String alias, String savedBy, Instant at) {
    String name = alias.strip().replaceAll("\\s+", " ");
    if (name.isEmpty() || name.length() > 200 || registry.unit(unitCode).isEmpty()) {
      return false;
    }
    boolean inRegistry = registry.units().stream().anyMatch(u -> u.name().equalsIgnoreCase(name)
        || u.aliases().stream().anyMatch(name::equalsIgnoreCase));
    Integer stored = jdbc.queryForObject("SELECT COUNT(*) FROM unit_alias WHERE LOWER(alias) = LOWER(?)",
        Integer.class, name);
    if (inRegistry || stored != null && stored > 0) {
      return false;
    }
    jdbc.update("INSERT INTO unit_alias (alias, unit_code, saved_by, saved_at) VALUES (?,?,?,?)", name, unitCode,
        savedBy, at.atOffset(ZoneOffset.UTC));
    // Recorded as a registry change: every node's classifier learns the name at its next refresh.
    changes.record(RegistryChanges.Registry.UNIT_ALIAS, name, "ADDED", savedBy, null,
        java.util.Map.of("alias", name, "unitCode", unitCode));
    return true;
  }
}
