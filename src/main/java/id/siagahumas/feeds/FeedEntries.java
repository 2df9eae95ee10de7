package id.siagahumas.feeds;

import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import id.siagahumas.intake.UrlCanonicalizer;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads feed entries as stories. An entry of an outlet's own feed is taken as written. An entry of an
 * aggregator (Google News and the like) names another outlet: the outlet comes from the entry's
 * {@code <source>} (RSS: its text and {@code url}; Atom: its {@code title} and link), else from the title's
 * suffix ("Dua Napi Kabur dari Lapas Tuban - detikJatim"), which is taken off the title; the body is the
 * description's text without the outlet label and without the related stories an aggregator lists beside
 * it; and the URL is the publisher's where the entry carries it (a {@code url=} parameter of a redirect
 * link, or the entry's own {@code <a href>} in the description pointing off the aggregator), else the link
 * as given, marked as a redirect link.
 */
final class FeedEntries {

  /** Hosts of news aggregators whose links are redirects, also under their subdomains. */
  static final Set<String> KNOWN_AGGREGATORS = Set.of("news.google.com", "google.com", "bing.com", "msn.com",
      "news.yahoo.com");
  private static final String GOOGLE_NEWS = "news.google.com";
  private static final List<String> SEPARATORS = List.of(" - ", " | ", " – ", " — ");
  private static final int MAX_OUTLET_SUFFIX = 80;

  /** One entry as intake will take it; {@code outlet} and {@code outletSite} are as the feed names them. */
  record Entry(String url, boolean redirectLink, String outlet, String outletSite, String title, String body) {
  }

  /** The outlet an aggregator's entry names: its {@code <source>}. */
  record OutletSource(String name, String site) {
  }

  private FeedEntries() {
  }

  /** An aggregator by its links ({@code news.google.com}) or by entries that name their {@code <source>}. */
  static boolean looksLikeAggregator(SyndFeed feed, String feedUrl) {
    if (isHostOf(host(feedUrl), GOOGLE_NEWS) || isHostOf(host(feed.getLink()), GOOGLE_NEWS)) {
      return true;
    }
    for (SyndEntry entry : feed.getEntries()) {
      if (source(entry).isPresent() || isHostOf(host(entry.getLink()), GOOGLE_NEWS)) {
        return true;
      }
    }
    return false;
  }

  /** Hosts whose links are the aggregator's own: the feed's, its home page's and the known aggregators. */
  static Set<String> aggregatorHosts(SyndFeed feed, String feedUrl) {
    Set<String> hosts = new HashSet<>(KNOWN_AGGREGATORS);
    Optional.ofNullable(host(feedUrl)).ifPresent(hosts::add);
    Optional.ofNullable(host(feed.getLink())).ifPresent(hosts::add);
    return hosts;
  }

  /** An outlet's own feed: everything as written, the description's HTML as text. */
  static Entry ofOutlet(SyndEntry entry) {
    String title = text(entry.getTitle());
    String body = text(description(entry));
    return new Entry(entry.getLink().strip(), false, null, null, title, body.isBlank() ? title : body);
  }

  /** An aggregator's entry: the outlet it names, the title without its suffix, the publisher's URL. */
  static Entry ofAggregator(SyndEntry entry, Set<String> aggregatorHosts) {
    String fullTitle = text(entry.getTitle());
    Optional<OutletSource> source = source(entry);
    String outlet = source.map(OutletSource::name).orElse(null);
    String site = source.map(OutletSource::site).orElse(null);
    String title = fullTitle;
    int suffix = suffixStart(fullTitle);
    if (suffix > 0) {
      String named = fullTitle.substring(suffix).replaceFirst("^\\s*[-|–—]\\s*", "").strip();
      if (outlet == null && named.length() <= MAX_OUTLET_SUFFIX) {
        outlet = named;
      }
      if (outlet != null && key(named).equals(key(outlet))) {
        title = fullTitle.substring(0, suffix).strip();
      }
    }

    Element description = Jsoup.parseBodyFragment(description(entry)).body();
    Element own = ownPart(description, title, fullTitle);
    String link = entry.getLink().strip();
    Optional<String> publisher = publisherUrl(link, aggregatorHosts);
    if (publisher.isEmpty()) {
      Element anchor = ownAnchor(own, title, fullTitle);
      if (anchor != null) {
        String href = anchor.attr("href").strip();
        publisher = publisherUrl(href, aggregatorHosts).or(() -> offAggregator(href, aggregatorHosts));
      }
    }
    boolean redirect = publisher.isEmpty() && isAggregatorHost(host(link), aggregatorHosts);

    String body = bodyText(own, outlet, title, fullTitle);
    return new Entry(publisher.orElse(link), redirect, outlet, site, title, body.isBlank() ? title : body);
  }

  static Optional<OutletSource> source(SyndEntry entry) {
    if (entry.getWireEntry() instanceof Item item && item.getSource() != null) {
      String name = item.getSource().getValue();
      if (name != null && !name.isBlank()) {
        return Optional.of(new OutletSource(text(name), blankToNull(item.getSource().getUrl())));
      }
    }
    SyndFeed atomSource = entry.getSource();
    if (atomSource != null && atomSource.getTitle() != null && !atomSource.getTitle().isBlank()) {
      String site = atomSource.getLink();
      if (site == null && atomSource.getLinks() != null) {
        site = atomSource.getLinks().stream().map(SyndLink::getHref).filter(h -> h != null && !h.isBlank())
            .findFirst().orElse(null);
      }
      return Optional.of(new OutletSource(text(atomSource.getTitle()), blankToNull(site)));
    }
    return Optional.empty();
  }

  /** Index of the last " - Outlet" / " | Outlet" separator, or -1. */
  private static int suffixStart(String title) {
    int best = -1;
    for (String separator : SEPARATORS) {
      best = Math.max(best, title.lastIndexOf(separator));
    }
    return best;
  }

  /** The part of the description about this entry: of a list of related stories, the item of its title. */
  private static Element ownPart(Element description, String title, String fullTitle) {
    List<Element> items = description.select("li");
    if (items.isEmpty()) {
      return description;
    }
    for (Element item : items) {
      if (item.select("a[href]").stream().anyMatch(a -> matches(a, title, fullTitle))) {
        return item;
      }
    }
    return items.get(0);
  }

  /** The anchor that links this entry: the one bearing its title, else the only one. */
  private static Element ownAnchor(Element part, String title, String fullTitle) {
    List<Element> anchors = part.select("a[href]");
    for (Element anchor : anchors) {
      if (matches(anchor, title, fullTitle)) {
        return anchor;
      }
    }
    return anchors.size() == 1 ? anchors.get(0) : null;
  }

  private static boolean matches(Element anchor, String title, String fullTitle) {
    if (anchor == null) {
      return false;
    }
    String text = normalised(anchor.text());
    return !text.isEmpty() && (text.equals(normalised(title)) || text.equals(normalised(fullTitle)));
  }

  /** The description's text without the outlet label beside the link, nor the outlet suffix. */
  private static String bodyText(Element own, String outlet, String title, String fullTitle) {
    Element part = own.clone();
    if (outlet != null) {
      List<Element> labels = new ArrayList<>();
      for (Element element : part.getAllElements()) {
        if (element != part && key(element.text()).equals(key(outlet))) {
          labels.add(element);
        }
      }
      labels.forEach(Element::remove);
    }
    String text = clean(part.text());
    if (!text.equals(fullTitle) && text.startsWith(fullTitle)) {
      text = (title + text.substring(fullTitle.length())).strip();
    } else if (text.equals(fullTitle)) {
      text = title;
    }
    return text;
  }

  /** The publisher's URL a redirect carries in its {@code url} parameter, if it points off the aggregator. */
  static Optional<String> publisherUrl(String link, Set<String> aggregatorHosts) {
    URI uri = uri(link);
    if (uri == null || uri.getRawQuery() == null) {
      return Optional.empty();
    }
    for (String parameter : uri.getRawQuery().split("&")) {
      String[] pair = parameter.split("=", 2);
      if (pair.length == 2 && pair[0].equalsIgnoreCase("url")) {
        String target;
        try {
          target = URLDecoder.decode(pair[1], StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException e) {
          continue;
        }
        Optional<String> off = offAggregator(target, aggregatorHosts);
        if (off.isPresent()) {
          return off;
        }
      }
    }
    return Optional.empty();
  }

  /** The URL itself, when it is an http(s) URL that intake accepts and not the aggregator's own. */
  private static Optional<String> offAggregator(String url, Set<String> aggregatorHosts) {
    URI uri = uri(url);
    if (uri == null || uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).matches("https?")
        || isAggregatorHost(host(url), aggregatorHosts) || url.chars().anyMatch(Character::isWhitespace)) {
      return Optional.empty();
    }
    try {
      UrlCanonicalizer.canonicalize(url);
      return Optional.of(url);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static boolean isAggregatorHost(String host, Set<String> aggregatorHosts) {
    return host != null && aggregatorHosts.stream().anyMatch(a -> isHostOf(host, a));
  }

  private static boolean isHostOf(String host, String domain) {
    return host != null && (host.equals(domain) || host.endsWith("." + domain));
  }

  static String host(String url) {
    URI uri = uri(url);
    String host = uri == null ? null : uri.getHost();
    return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
  }

  private static URI uri(String url) {
    try {
      return url == null ? null : URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String description(SyndEntry entry) {
    String html = entry.getDescription() != null ? entry.getDescription().getValue()
        : entry.getContents().stream().map(SyndContent::getValue).findFirst().orElse("");
    return html == null ? "" : html;
  }

  private static String text(String html) {
    return html == null ? "" : clean(Jsoup.parse(html).text());
  }

  /** Text with the non-breaking spaces of aggregator markup made plain spaces, and runs of space as one. */
  private static String clean(String text) {
    return text.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").strip();
  }

  /** For comparing titles: letters and digits only, lower case, without accents. */
  static String normalised(String text) {
    String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "");
    return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static String key(String name) {
    return normalised(name).replace(" ", "");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
