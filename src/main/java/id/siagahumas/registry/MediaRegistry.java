package id.siagahumas.registry;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Outlets with reach tiers and partner media per region. In the application they live in the tables
 * {@code outlet} and {@code media_partner} (seeded from {@code data/outlets.csv} and
 * {@code data/media-partners.csv}); this class holds a copy that {@link #reload()} replaces at once. Without a
 * database (plain tests) they are read from the files. A partner not in the outlet list counts as a LOKAL outlet
 * with the partner's address.
 */
@Component
public class MediaRegistry {

  private record Contents(Map<String, Outlet> outletsByKey, List<MediaPartner> partners) {
  }

  private final JdbcTemplate jdbc;
  private volatile Contents contents;

  public MediaRegistry() {
    this(null);
  }

  @Autowired
  public MediaRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    reload();
  }

  public void reload() {
    List<Outlet> outlets = new ArrayList<>();
    List<MediaPartner> partners = new ArrayList<>();
    if (jdbc == null) {
      for (Map<String, String> row : CsvResource.rows("data/outlets.csv")) {
        outlets.add(new Outlet(row.get("name"), Reach.valueOf(row.get("reach")), row.get("email")));
      }
      for (Map<String, String> row : CsvResource.rows("data/media-partners.csv")) {
        partners.add(new MediaPartner(row.get("region"), row.get("name"), row.get("medium"), row.get("email")));
      }
    } else {
      jdbc.query("SELECT name, reach, email FROM outlet ORDER BY name_key",
          rs -> { outlets.add(new Outlet(rs.getString(1), Reach.valueOf(rs.getString(2)), rs.getString(3))); });
      jdbc.query("SELECT region, name, medium, email FROM media_partner ORDER BY region, position", rs -> {
        partners.add(new MediaPartner(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
      });
    }
    Map<String, Outlet> byKey = new HashMap<>();
    outlets.forEach(o -> byKey.put(key(o.name()), o));
    partners.forEach(p -> byKey.putIfAbsent(key(p.name()), new Outlet(p.name(), Reach.LOKAL, p.email())));
    contents = new Contents(Map.copyOf(byKey), List.copyOf(partners));
  }

  public List<MediaPartner> partners() {
    return contents.partners();
  }

  public List<MediaPartner> partnersOf(String region) {
    return partners().stream().filter(p -> p.region().equals(region)).toList();
  }

  /** Finds an outlet by its name, else by the leading label of the story URL's host ({@code detik.example}). */
  public Optional<Outlet> outlet(String name, String url) {
    Map<String, Outlet> byKey = contents.outletsByKey();
    Outlet byName = byKey.get(key(name));
    if (byName != null) {
      return Optional.of(byName);
    }
    return hostLabel(url).map(byKey::get);
  }

  private static Optional<String> hostLabel(String url) {
    try {
      String host = url == null ? null : URI.create(url).getHost();
      if (host == null) {
        return Optional.empty();
      }
      String h = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
      int dot = h.indexOf('.');
      return Optional.of(key(dot < 0 ? h : h.substring(0, dot)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** How outlets are matched: the name in lower case without punctuation or spaces. */
  public static String key(String name) {
    return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
