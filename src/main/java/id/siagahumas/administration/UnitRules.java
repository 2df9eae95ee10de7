package id.siagahumas.administration;

import id.siagahumas.letters.Placeholders;
import id.siagahumas.registry.Unit;
import id.siagahumas.registry.UnitAliases;
import id.siagahumas.registry.UnitRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What a unit of the registry must be: the form's own constraints, a code fit for a group name, a known type,
 * a region of the registry (none for the directorate alone), and letter data without a gap to fill in, since
 * letters print it as it stands.
 */
@Component
class UnitRules {

  static final Set<String> TYPES = Set.of("PUSAT", "KANWIL", "LAPAS", "LAPAS_NARKOTIKA", "LAPAS_PEREMPUAN",
      "LAPAS_TERBUKA", "LPKA", "RUTAN", "BAPAS", "RUPBASAN");
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** The CSV column of each form field (the import names columns like {@code data/unit-letters.csv}). */
  static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("name", "name"), Map.entry("type", "type"),
      Map.entry("region", "region"), Map.entry("city", "city"), Map.entry("aliases", "aliases"),
      Map.entry("source", "source"), Map.entry("letter.letterheadName", "letterhead_name"),
      Map.entry("letter.address", "address"), Map.entry("letter.phone", "phone"), Map.entry("letter.email", "email"),
      Map.entry("letter.headTitle", "head_title"), Map.entry("letter.headName", "head_name"),
      Map.entry("letter.headNip", "head_nip"), Map.entry("letter.numberFormat", "number_format"));

  private final Validator validator;
  private final UnitRegistry registry;
  private final UnitAliases aliases;

  UnitRules(Validator validator, UnitRegistry registry, UnitAliases aliases) {
    this.validator = validator;
    this.registry = registry;
    this.aliases = aliases;
  }

  /**
   * The names the press uses for units (official names, registry aliases, aliases saved at assignUnit) and the
   * unit each belongs to: a unit may not take another's, or stories about that unit would no longer find it (the
   * classifier gives a code only when exactly one unit fits) and would leave its lane.
   */
  static final class Names {
    private final Map<String, String> owners = new java.util.HashMap<>();

    String owner(String name) {
      return owners.get(key(name));
    }

    /** Claims a unit's names (an import's later rows may not take them). */
    void claim(String code, UnitForm form) {
      if (form.name() != null) {
        owners.putIfAbsent(key(form.name()), code);
      }
      form.aliases().forEach(a -> owners.putIfAbsent(key(a), code));
    }

    private static String key(String name) {
      return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
  }

  Names names() {
    Names names = new Names();
    for (Unit unit : aliases.units()) {
      names.owners.putIfAbsent(Names.key(unit.name()), unit.code());
      unit.aliases().forEach(a -> names.owners.putIfAbsent(Names.key(a), unit.code()));
    }
    return names;
  }

  /** The problems of a unit, named by JSON field ({@code row} null) or by CSV column (its line). */
  List<InvalidRegistryData.Problem> check(String code, UnitForm form, Integer row) {
    return check(code, form, row, names());
  }

  /** As {@link #check(String, UnitForm, Integer)}, against names read once for a whole import. */
  List<InvalidRegistryData.Problem> check(String code, UnitForm form, Integer row, Names names) {
    List<InvalidRegistryData.Problem> problems = new ArrayList<>();
    String nameOwner = names.owner(form.name());
    if (form.name() != null && nameOwner != null && !nameOwner.equals(code)) {
      problems.add(new InvalidRegistryData.Problem(row, "name", "nama ini sudah dipakai unit '" + nameOwner + "'"));
    }
    for (String alias : form.aliases()) {
      String owner = names.owner(alias);
      if (owner != null && !owner.equals(code)) {
        problems.add(new InvalidRegistryData.Problem(row, "aliases", "nama lain '" + alias
            + "' sudah dipakai unit '" + owner + "'"));
      }
    }
    if (code == null || code.length() > 80 || !CODE.matcher(code).matches()) {
      problems.add(new InvalidRegistryData.Problem(row, "code",
          "kode unit hanya huruf kecil, angka dan tanda hubung (mis. lapas-palembang), paling banyak 80 karakter"));
    }
    if (code != null && form.region() != null) {
      // A unit's officers are the group humas-<code> (Groups.unitGroup), and the region's Kasubag Humas and
      // humas pusat are groups of that same "humas-" family. A code that makes one of those names would hand the
      // unit's tasks and cases to that role (and the role's members would read them as their own unit's): code
      // "pusat" is humas-pusat, code kanwil-<region> is that region's Kasubag Humas. Only the Kanwil of a region
      // itself may be kanwil-<region>, as in data/units.csv.
      boolean kanwilOfItsRegion = "KANWIL".equals(form.type()) && code.equals("kanwil-" + form.region());
      if (code.equals("pusat") || code.startsWith("kanwil-") && !kanwilOfItsRegion) {
        problems.add(new InvalidRegistryData.Problem(row, "code", "kode '" + code + "' memberi unit ini grup "
            + "peran lain (humas-" + code + "); kode kanwil-<wilayah> hanya untuk Kanwil wilayah itu"));
      }
    }
    validator.validate(form).stream()
        .sorted(Comparator.comparing((ConstraintViolation<UnitForm> v) -> v.getPropertyPath().toString()))
        .forEach(v -> problems.add(new InvalidRegistryData.Problem(row, field(v.getPropertyPath().toString(), row),
            v.getMessage())));
    if (form.type() != null && !form.type().isBlank() && !TYPES.contains(form.type())) {
      problems.add(new InvalidRegistryData.Problem(row, "type", "jenis unit harus salah satu dari "
          + TYPES.stream().sorted().toList()));
    }
    if (form.region() != null) {
      boolean pusat = "PUSAT".equals(form.type());
      if (pusat && !form.region().isEmpty()) {
        problems.add(new InvalidRegistryData.Problem(row, "region", "unit pusat tidak mempunyai wilayah"));
      } else if (!pusat && registry.region(form.region()).isEmpty()) {
        problems.add(new InvalidRegistryData.Problem(row, "region", "wilayah '" + form.region()
            + "' tidak ada dalam daftar wilayah"));
      }
    }
    if (form.letter() != null) {
      LetterForm letter = form.letter();
      Map<String, String> fields = Map.of("letter.letterheadName", String.valueOf(letter.letterheadName()),
          "letter.address", String.valueOf(letter.address()), "letter.headTitle", String.valueOf(letter.headTitle()),
          "letter.headName", String.valueOf(letter.headName()), "letter.phone", String.valueOf(letter.phone()),
          "letter.email", String.valueOf(letter.email()));
      fields.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .filter(e -> !Placeholders.in(e.getValue()).isEmpty())
          .forEach(e -> problems.add(new InvalidRegistryData.Problem(row, field(e.getKey(), row),
              "masih memuat isian kosong " + Placeholders.in(e.getValue()).get(0))));
    }
    return problems;
  }

  private static String field(String path, Integer row) {
    String plain = path.replaceAll("\\[\\d+]", "").replace(".<list element>", "");
    return row == null ? path.replace(".<list element>", "") : COLUMNS.getOrDefault(plain, plain);
  }
}
