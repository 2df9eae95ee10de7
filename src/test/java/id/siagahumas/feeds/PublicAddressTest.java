package id.siagahumas.feeds;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A feed added through the API cannot point the poller into the application's own network. */
class PublicAddressTest {

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080/engine-rest/user", "http://localhost/", "http://10.1.2.3/rss",
      "http://192.168.0.1/rss", "http://172.16.5.5/rss", "http://169.254.169.254/latest/meta-data/",
      "http://0.0.0.0/", "http://[::1]/", "http://[fd12:3456::1]/rss", "http://[fe80::1]/rss"})
  void insideAddressesAreRefused(String url) {
    assertThatThrownBy(() -> PublicAddress.require(URI.create(url))).isInstanceOf(IOException.class)
        .hasMessageContaining("not a public address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://93.184.216.34/rss", "http://[2606:2800:220:1:248:1893:25c8:1946]/rss"})
  void publicAddressesPass(String url) {
    assertThatCode(() -> PublicAddress.require(URI.create(url))).doesNotThrowAnyException();
  }
}
