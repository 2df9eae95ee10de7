package id.siagahumas.registry;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The unit registry ({@code data/units.csv}: code, name, type, region, city, aliases, source) and its regions
 * ({@code data/regions.csv}: code, name, zoneId, zoneLabel, provinces). Columns are read by header; a column the
 * registry does not use is ignored.
 */
@Component
public class UnitRegistry {

  /** Zone of the national directorate (Jakarta) and of stories whose unit is still unknown. */
  public static final Region NATIONAL = new Region("", "Nasional", ZoneId.of("Asia/Jakarta"), "WIB");

  private final Map<String, Unit> units = new LinkedHashMap<>();
  private final Map<String, Region> regions = new LinkedHashMap<>();

  public UnitRegistry() {
    for (Map<String, String> row : CsvResource.rows("data/regions.csv")) {
      Region region = new Region(row.get("code"), row.get("name"), ZoneId.of(row.get("zoneId")), row.get("zoneLabel"));
      regions.put(region.code(), region);
    }
    for (Map<String, String> row : CsvResource.rows("data/units.csv")) {
      String aliases = row.getOrDefault("aliases", "");
      Unit unit = new Unit(row.get("code"), row.get("name"), row.get("type"), row.get("region"), row.get("city"),
          aliases.isBlank() ? null : Arrays.stream(aliases.split(";")).map(String::trim).toList(), row.get("source"));
      units.put(unit.code(), unit);
    }
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

  /** The region of a unit, or {@link #NATIONAL} for the directorate and unknown units. */
  public Region regionOf(Unit unit) {
    return unit == null || unit.national() ? NATIONAL : regions.getOrDefault(unit.region(), NATIONAL);
  }

  public Map<String, java.util.List<Unit>> unitsByRegion() {
    return units.values().stream().filter(u -> !u.national())
        .collect(Collectors.groupingBy(Unit::region, LinkedHashMap::new, Collectors.toList()));
  }
}
