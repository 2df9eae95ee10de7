package id.siagahumas.registry;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Outlets with reach tiers ({@code data/outlets.csv}) and partner media per region ({@code data/media-partners.csv}). */
@Component
public class MediaRegistry {

  private final Map<String, Outlet> outletsByKey = new HashMap<>();
  private final List<MediaPartner> partners = new ArrayList<>();

  public MediaRegistry() {
    for (Map<String, String> row : CsvResource.rows("data/outlets.csv")) {
      Outlet outlet = new Outlet(row.get("name"), Reach.valueOf(row.get("reach")), row.get("email"));
      outletsByKey.put(key(outlet.name()), outlet);
    }
    for (Map<String, String> row : CsvResource.rows("data/media-partners.csv")) {
      partners.add(new MediaPartner(row.get("region"), row.get("name"), row.get("medium"), row.get("email")));
      outletsByKey.putIfAbsent(key(row.get("name")),
          new Outlet(row.get("name"), Reach.LOKAL, row.get("email")));
    }
  }

  public List<MediaPartner> partners() {
    return List.copyOf(partners);
  }

  public List<MediaPartner> partnersOf(String region) {
    return partners.stream().filter(p -> p.region().equals(region)).toList();
  }

  /** Finds an outlet by its name, else by the leading label of the story URL's host ({@code detik.example}). */
  public Optional<Outlet> outlet(String name, String url) {
    Outlet byName = outletsByKey.get(key(name));
    if (byName != null) {
      return Optional.of(byName);
    }
    return hostLabel(url).map(outletsByKey::get);
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

  static String key(String name) {
    return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
