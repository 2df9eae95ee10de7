package id.siagahumas.intake;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The canonical form of a story URL (DESIGN.md, "Grouping"): no scheme, no {@code www.}, no tracking
 * parameters, no fragment, no trailing slash. Two URLs of one article map to the same string.
 */
public final class UrlCanonicalizer {

  private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "igshid", "mc_cid",
      "mc_eid", "ref", "ref_src", "amp", "_ga", "yclid", "s_cid", "cmpid", "spm");

  private UrlCanonicalizer() {
  }

  public static String canonicalize(String url) {
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("URL tidak valid", e);
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("URL tidak memiliki host");
    }
    // An ASCII host only (IDNs arrive as punycode): mixed-script look-alike hosts are refused.
    if (!uri.getHost().matches("[A-Za-z0-9.-]+") || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("Host URL tidak valid");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").replaceFirst("^m\\.", "");
    String port = uri.getPort() < 0 || uri.getPort() == 80 || uri.getPort() == 443 ? "" : ":" + uri.getPort();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
    String query = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
        .filter(p -> !p.isEmpty() && !isTracking(p.split("=", 2)[0]))
        .sorted()
        .collect(Collectors.joining("&"));
    return host + port + path + (query.isEmpty() ? "" : "?" + query);
  }

  public static String hash(String canonicalUrl) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalUrl.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isTracking(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.startsWith("utm_") || TRACKING.contains(n);
  }
}
