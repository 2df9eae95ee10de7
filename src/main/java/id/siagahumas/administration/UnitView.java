package id.siagahumas.administration;

import java.util.List;

/** A unit as {@code GET /api/units/{code}} shows it to an administrator: the unit and its letter data. */
public record UnitView(String code, String name, String type, String region, String city, List<String> aliases,
    String source, LetterForm letter) {

  UnitForm form() {
    return new UnitForm(name, type, region, city, aliases, source, letter);
  }
}
