package id.siagahumas.registry;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The unit registry and its regions. In the application the units live in the table {@code unit} (seeded from
 * {@code data/units.csv}, kept by administrators, see {@link RegistryRefresh}); this class holds a copy for the
 * hot paths (classification, routing, lanes) that {@link #reload()} replaces at once. The regions
 * ({@code data/regions.csv}: code, name, zoneId, zoneLabel) are the ministry's structure and ship with the
 * release. Without a database (plain tests, tools) the units are read from the file.
 */
@Component
public class UnitRegistry {

  /** Zone of the national directorate (Jakarta) and of stories whose unit is still unknown. */
  public static final Region NATIONAL = new Region("", "Nasional", ZoneId.of("Asia/Jakarta"), "WIB");

  private final JdbcTemplate jdbc;
  private final Map<String, Region> regions = new LinkedHashMap<>();
  private volatile Map<String, Unit> units;

  /** The registry as the files in {@code data/} hold it. */
  public UnitRegistry() {
    this(null);
  }

  @Autowired
  public UnitRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    for (Map<String, String> row : CsvResource.rows("data/regions.csv")) {
      Region region = new Region(row.get("code"), row.get("name"), ZoneId.of(row.get("zoneId")), row.get("zoneLabel"));
      regions.put(region.code(), region);
    }
    reload();
  }

  /** Reads the units again (after a change made here or on another node). */
  public void reload() {
    Map<String, Unit> read = new LinkedHashMap<>();
    if (jdbc == null) {
      for (Map<String, String> row : CsvResource.rows("data/units.csv")) {
        Unit unit = unit(row.get("code"), row.get("name"), row.get("type"), row.get("region"), row.get("city"),
            row.getOrDefault("aliases", ""), row.get("source"));
        read.put(unit.code(), unit);
      }
    } else {
      jdbc.query("SELECT code, name, type, region, city, aliases, source FROM unit ORDER BY code", rs -> {
        Unit unit = unit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7));
        read.put(unit.code(), unit);
      });
    }
    units = read;
  }

  private static Unit unit(String code, String name, String type, String region, String city, String aliases,
      String source) {
    List<String> list = aliases == null || aliases.isBlank() ? null
        : Arrays.stream(aliases.split(";")).map(String::trim).filter(a -> !a.isEmpty()).toList();
    return new Unit(code, name, type, region, city, list, source);
  }

  public Collection<Unit> units() {
    return units.values();
  }

  public Optional<Unit> unit(String code) {
    return Optional.ofNullable(code).map(units::get);
  }

  public Collection<Region> regions() {
    return regions.values();
  }

  public Optional<Region> region(String code) {
    return Optional.ofNullable(code).map(regions::get);
  }

  /** The region of a unit, or {@link #NATIONAL} for the directorate and unknown units. */
  public Region regionOf(Unit unit) {
    return unit == null || unit.national() ? NATIONAL : regions.getOrDefault(unit.region(), NATIONAL);
  }

  public Map<String, List<Unit>> unitsByRegion() {
    return units().stream().filter(u -> !u.national())
        .collect(Collectors.groupingBy(Unit::region, LinkedHashMap::new, Collectors.toList()));
  }
}
