package id.siagahumas.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DESIGN.md "Grouping": a URL seen before, however it is written, is a DUPLICATE. */
class UrlCanonicalizerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ' ', value = {
      "https://www.detik.example/berita/napi-kabur/ detik.example/berita/napi-kabur",
      "http://m.detik.example/berita/napi-kabur#komentar detik.example/berita/napi-kabur",
      "https://DETIK.example:443/berita/napi-kabur?utm_source=fb&utm_medium=x detik.example/berita/napi-kabur",
      "https://detik.example/berita?page=2&fbclid=abc&id=7 detik.example/berita?id=7&page=2",
      "https://detik.example:8443/a?amp= detik.example:8443/a",
      "https://detik.example/berita/Napi-Kabur detik.example/berita/Napi-Kabur"})
  void writingsOfOneArticleBecomeOne(String url, String canonical) {
    assertThat(UrlCanonicalizer.canonicalize(url)).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {"detik.example/berita", "https://user:pw@detik.example/a", "https://dеtik.example/a",
      "https://detik example/a", "mailto:redaksi@detik.example"})
  void urlsWithoutAPlainHostAreRefused(String url) {
    assertThatThrownBy(() -> UrlCanonicalizer.canonicalize(url)).isInstanceOf(IllegalArgumentException.class);
  }

  @org.junit.jupiter.api.Test
  void theHashIsStableAndDistinct() {
    String a = UrlCanonicalizer.hash("detik.example/berita/a");
    assertThat(a).hasSize(64).isEqualTo(UrlCanonicalizer.hash("detik.example/berita/a"))
        .isNotEqualTo(UrlCanonicalizer.hash("detik.example/berita/b"));
  }
}
