package id.siagahumas.registry;

import java.util.List;

/**
 * A work unit of the registry (Lapas, Rutan, LPKA, Bapas, Kanwil, Ditjenpas).
 *
 * @param code    stable key, e.g. {@code lapas-palembang}
 * @param name    official name, e.g. {@code Lapas Kelas I Palembang}
 * @param type    LAPAS, RUTAN, LPKA, BAPAS, KANWIL, PUSAT, ...
 * @param region  region key such as {@code sumsel}; empty for the national directorate
 * @param city    city or regency the unit stands in
 * @param aliases popular and former names the press uses, e.g. {@code Lapas Merah Mata}
 * @param source  where the row comes from (a URL or a document), so an administrator can check it
 */
public record Unit(String code, String name, String type, String region, String city, List<String> aliases,
    String source) {

  public Unit {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    region = region == null ? "" : region;
    source = source == null ? "" : source;
  }

  /** A unit without a recorded source (tests, units entered by hand). */
  public Unit(String code, String name, String type, String region, String city, List<String> aliases) {
    this(code, name, type, region, city, aliases, "");
  }

  public boolean national() {
    return region.isEmpty();
  }
}
