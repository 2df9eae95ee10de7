package id.siagahumas.feeds;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/** Refuses a feed address that resolves inside: loopback, private, link-local (cloud metadata), any, multicast. */
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
          || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal(address)) {
        throw new IOException("Feed host " + host + " is not a public address");
      }
    }
  }

  /** IPv6 unique local addresses (fc00::/7), which {@link InetAddress#isSiteLocalAddress()} does not cover. */
  private static boolean uniqueLocal(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
  }
}
