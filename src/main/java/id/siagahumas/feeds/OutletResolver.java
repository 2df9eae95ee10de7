package id.siagahumas.feeds;

import id.siagahumas.registry.MediaRegistry;
import id.siagahumas.registry.Outlet;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Finds the registry's outlet ({@code data/outlets.csv}) behind the name and site a feed gives: the name as
 * written ("Tribun Jatim"), the name without a domain ending ("Tribunjatim.com"), then the site's host
 * ({@code https://www.detik.com} for "detikJatim": a regional desk of Detik) from its most specific form
 * ({@code sumsel.antaranews}) to the publisher's own domain ({@code antaranews}).
 */
@Component
public class OutletResolver {

  /** Second-level labels under a country domain: {@code kompas.co.id} is Kompas, not "co". */
  private static final Set<String> SECOND_LEVEL = Set.of("co", "or", "ac", "go", "web", "my", "sch", "net", "com",
      "org", "biz", "ponpes", "mil", "desa");

  private final MediaRegistry media;

  public OutletResolver(MediaRegistry media) {
    this.media = media;
  }

  /**
   * @param name  outlet name as the feed writes it; may be null
   * @param sites addresses of the outlet (its home page, the article), most telling first; null ones skipped
   */
  public Optional<Outlet> resolve(String name, String... sites) {
    for (String candidate : candidates(name, sites)) {
      Optional<Outlet> outlet = media.outlet(candidate, null);
      if (outlet.isPresent()) {
        return outlet;
      }
    }
    return Optional.empty();
  }

  private static List<String> candidates(String name, String... sites) {
    List<String> candidates = new ArrayList<>();
    if (name != null && !name.isBlank()) {
      candidates.add(name);
      candidates.add(name.strip().replaceFirst("(?i)\\.(co\\.id|or\\.id|web\\.id|my\\.id|com|co|id|net|org|tv)$",
          ""));
    }
    for (String site : sites) {
      List<String> labels = domainLabels(site);
      if (labels.isEmpty()) {
        continue;
      }
      candidates.add(String.join(" ", labels));
      List<String> reversed = new ArrayList<>(labels);
      Collections.reverse(reversed);
      candidates.add(String.join(" ", reversed));
      candidates.add(labels.get(labels.size() - 1));
    }
    return candidates;
  }

  /** {@code https://www.sumsel.antaranews.com/x} gives [sumsel, antaranews]: the host without its endings. */
  static List<String> domainLabels(String url) {
    String host;
    try {
      host = url == null ? null : URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return List.of();
    }
    if (host == null) {
      return List.of();
    }
    List<String> labels = new ArrayList<>(Arrays.asList(host.toLowerCase(Locale.ROOT).split("\\.")));
    labels.removeIf(String::isEmpty);
    if (!labels.isEmpty() && (labels.get(0).equals("www") || labels.get(0).equals("m"))) {
      labels.remove(0);
    }
    if (labels.size() < 2) {
      return List.of();
    }
    labels.remove(labels.size() - 1);
    if (labels.size() > 1 && SECOND_LEVEL.contains(labels.get(labels.size() - 1))) {
      labels.remove(labels.size() - 1);
    }
    return labels;
  }
}
