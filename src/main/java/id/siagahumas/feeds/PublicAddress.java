package id.siagahumas.feeds;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses a feed address that resolves inside: loopback, private, link-local (cloud metadata), any, multicast,
 * carrier-grade NAT and reserved IPv4, and IPv6 forms that embed an IPv4 address.
 */
final class PublicAddress {

  private PublicAddress() {
  }

  static void require(URI uri) throws IOException {
    String host = uri.getHost();
    if (host == null) {
      throw new IOException("Feed address without a host: " + uri);
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new IOException("Unknown feed host: " + host, e);
    }
    for (InetAddress address : addresses) {
      if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
          || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal(address)
          || notGlobalIpv4(address) || embedsIpv4(address)) {
        throw new IOException("Feed host " + host + " is not a public address");
      }
    }
  }

  /**
   * IPv4 ranges the {@code InetAddress} checks miss that still lead inside: 0.0.0.0/8 ("this network", reaches
   * the host itself), 100.64.0.0/10 (carrier-grade NAT; Alibaba Cloud's metadata service is 100.100.100.200),
   * 192.0.0.0/24 (protocol assignments), 198.18.0.0/15 (benchmarking) and 240.0.0.0/4 (reserved, broadcast).
   */
  private static boolean notGlobalIpv4(InetAddress address) {
    byte[] b = address.getAddress();
    if (b.length != 4) {
      return false;
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first == 0 || first == 100 && (second & 0xc0) == 64 || first == 192 && second == 0 && b[2] == 0
        || first == 198 && (second & 0xfe) == 18 || first >= 240;
  }

  /**
   * IPv6 forms that carry an IPv4 address a gateway may forward to: IPv4-compatible ({@code ::a.b.c.d}), NAT64
   * ({@code 64:ff9b::/96}, {@code 64:ff9b:1::/48}), 6to4 ({@code 2002::/16}) and Teredo ({@code 2001::/32}). A feed
   * has no reason to be read through them, and {@code [::127.0.0.1]} is no loopback to the checks above.
   * (IPv4-mapped {@code ::ffff:a.b.c.d} is already an IPv4 address here.)
   */
  private static boolean embedsIpv4(InetAddress address) {
    byte[] b = address.getAddress();
    if (b.length != 16) {
      return false;
    }
    int w0 = (b[0] & 0xff) << 8 | (b[1] & 0xff);
    int w1 = (b[2] & 0xff) << 8 | (b[3] & 0xff);
    boolean compatible = true;
    for (int i = 0; i < 12; i++) {
      compatible &= b[i] == 0;
    }
    return compatible || w0 == 0x64 && w1 == 0xff9b || w0 == 0x2002 || w0 == 0x2001 && w1 == 0;
  }

  /** IPv6 unique local addresses (fc00::/7), which {@link InetAddress#isSiteLocalAddress()} does not cover. */
  private static boolean uniqueLocal(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
  }
}
