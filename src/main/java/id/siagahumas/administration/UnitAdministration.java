package id.siagahumas.administration;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.siagahumas.registry.RegistryChanges;
import id.siagahumas.registry.RegistryRefresh;
import id.siagahumas.registry.UnitLetter;
import id.siagahumas.registry.UnitLetters;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the unit registry: one unit at a time ({@code PUT /api/units/{code}}) or a CSV file at once
 * ({@code POST /api/units/import}), validated whole before anything is written, written in one transaction, each
 * change audited with the unit before and after. A unit sent without letter data keeps the letter data it has.
 * Units are never deleted here: cases refer to them.
 */
@Service
public class UnitAdministration {

  private static final Logger log = LoggerFactory.getLogger(UnitAdministration.class);
  static final int MAX_IMPORT_ROWS = 5000;
  private static final List<String> REQUIRED = List.of("code", "name", "type", "region", "city");
  private static final List<String> LETTER = List.of("letterhead_name", "address", "phone", "email", "head_title",
      "head_name", "head_nip", "number_format");
  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES)
      .enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final UnitLetters letters;
  private final UnitRules rules;
  private final RegistryChanges changes;
  private final RegistryRefresh refresh;

  UnitAdministration(JdbcTemplate jdbc, TransactionTemplate transaction, UnitLetters letters,
      UnitRules rules, RegistryChanges changes, RegistryRefresh refresh) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.letters = letters;
    this.rules = rules;
    this.changes = changes;
    this.refresh = refresh;
  }

  public Optional<UnitView> unit(String code) {
    return jdbc.query("SELECT code, name, type, region, city, aliases, source FROM unit WHERE code = ?",
        (rs, n) -> new UnitView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            aliases(rs.getString(6)), rs.getString(7), letters.of(code).map(UnitAdministration::form).orElse(null)),
        code).stream().findFirst();
  }

  /** A unit as stored by {@link #put}, and whether this call added it. */
  public record Stored(UnitView unit, boolean added) {
  }

  /** Adds or replaces one unit; answers it as stored. */
  public Stored put(String code, UnitForm form, String by) {
    List<InvalidRegistryData.Problem> problems = rules.check(code, form, null);
    if (!problems.isEmpty()) {
      throw new InvalidRegistryData(problems);
    }
    int outcome = inTransaction(() -> write(code, form, by));
    refresh.changedHere();
    return new Stored(unit(code).orElseThrow(), outcome == 0);
  }

  /** Imports a CSV of units: every row valid or nothing written. */
  public UnitImportResult importCsv(String csv, String by) {
    Map<String, UnitForm> forms = parse(csv);
    int[] counts = inTransaction(() -> {
      int[] written = new int[3];
      forms.forEach((code, form) -> written[write(code, form, by)]++);
      return written;
    });
    refresh.changedHere();
    log.info("Unit registry import by {}: {} rows, {} added, {} changed, {} unchanged", by, forms.size(), counts[0],
        counts[1], counts[2]);
    return new UnitImportResult(forms.size(), counts[0], counts[1], counts[2]);
  }

  /**
   * Runs writes in one transaction, and once more when a concurrent call inserted the same unit (or its letter
   * data) between this one's read and its insert: the second run reads that row and changes it or leaves it as it
   * is. Without it two simultaneous PUTs of a new unit answered one of them 500 (a duplicate key).
   */
  private <T> T inTransaction(java.util.function.Supplier<T> work) {
    try {
      return transaction.execute(status -> work.get());
    } catch (org.springframework.dao.DuplicateKeyException raced) {
      return transaction.execute(status -> work.get());
    }
  }

  /** Writes one unit; answers 0 added, 1 changed, 2 unchanged. */
  private int write(String code, UnitForm form, String by) {
    Optional<UnitView> before = unit(code);
    LetterForm letter = form.letter() != null ? form.letter() : before.map(UnitView::letter).orElse(null);
    UnitView after = new UnitView(code, form.name(), form.type(), form.region(), form.city(), form.aliases(),
        form.source(), letter);
    if (before.isPresent() && before.get().equals(after)) {
      return 2;
    }
    String aliases = String.join(";", form.aliases());
    if (before.isPresent()) {
      jdbc.update("UPDATE unit SET name = ?, type = ?, region = ?, city = ?, aliases = ?, source = ? "
          + "WHERE code = ?", form.name(), form.type(), form.region(), form.city(), aliases, form.source(), code);
    } else {
      // INSERT, never an UPDATE of a row added meanwhile: a unit added by a concurrent call makes this a
      // duplicate key, and inTransaction runs this again against that row (no second "ADDED", no second 201)
      jdbc.update("INSERT INTO unit (code, name, type, region, city, aliases, source) VALUES (?,?,?,?,?,?,?)", code,
          form.name(), form.type(), form.region(), form.city(), aliases, form.source());
    }
    if (letter != null && !Objects.equals(letter, before.map(UnitView::letter).orElse(null))) {
      writeLetter(code, letter, by);
    }
    changes.record(RegistryChanges.Registry.UNIT, code, before.isPresent() ? "CHANGED" : "ADDED", by,
        before.orElse(null), after);
    return before.isPresent() ? 1 : 0;
  }

  private void writeLetter(String code, LetterForm l, String by) {
    java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
    int updated = jdbc.update("UPDATE unit_letter SET letterhead_name = ?, address = ?, phone = ?, email = ?, "
        + "head_title = ?, head_name = ?, head_nip = ?, number_format = ?, updated_at = ?, updated_by = ? "
        + "WHERE unit_code = ?", l.letterheadName(), l.address(), l.phone(), l.email(), l.headTitle(), l.headName(),
        l.headNip(), l.numberFormat(), now, by, code);
    if (updated == 0) {
      jdbc.update("INSERT INTO unit_letter (unit_code, letterhead_name, address, phone, email, head_title, head_name,"
          + " head_nip, number_format, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)", code,
          l.letterheadName(), l.address(), l.phone(), l.email(), l.headTitle(), l.headName(), l.headNip(),
          l.numberFormat(), now, by);
    }
  }

  private Map<String, UnitForm> parse(String csv) {
    List<InvalidRegistryData.Problem> problems = new ArrayList<>();
    Map<String, UnitForm> forms = new LinkedHashMap<>();
    List<Map<String, String>> rows;
    List<String> header;
    try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv == null ? "" : csv)) {
      rows = new ArrayList<>();
      while (it.hasNextValue()) {
        rows.add(it.nextValue());
        if (rows.size() > MAX_IMPORT_ROWS) {
          throw new InvalidRegistryData(rows.size() + 1, "code", "paling banyak " + MAX_IMPORT_ROWS + " baris");
        }
      }
      CsvSchema schema = (CsvSchema) it.getParserSchema();
      header = new ArrayList<>();
      schema.forEach(column -> header.add(column.getName()));
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidRegistryData invalid) {
        throw invalid;
      }
      throw new InvalidRegistryData(null, "csv", "berkas CSV tidak dapat dibaca: " + e.getMessage());
    }
    Set<String> known = new HashSet<>(REQUIRED);
    known.addAll(List.of("aliases", "source"));
    known.addAll(LETTER);
    header.stream().filter(c -> !known.contains(c))
        .forEach(c -> problems.add(new InvalidRegistryData.Problem(1, c, "kolom tidak dikenal")));
    // A column named twice would be read from one of its cells only (a file checked by eye in a spreadsheet
    // showing region "sumsel" would import the other cell, "jatim"): such a file is ambiguous, refused.
    header.stream().filter(c -> java.util.Collections.frequency(header, c) > 1).distinct()
        .forEach(c -> problems.add(new InvalidRegistryData.Problem(1, c, "kolom muncul dua kali")));
    REQUIRED.stream().filter(c -> !header.contains(c))
        .forEach(c -> problems.add(new InvalidRegistryData.Problem(1, c, "kolom wajib tidak ada")));
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(new InvalidRegistryData.Problem(2, "code", "berkas tidak memuat satu unit pun"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRegistryData(problems);
    }
    UnitRules.Names names = rules.names();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      int line = i + 2;
      String code = row.get("code");
      UnitForm form = new UnitForm(row.get("name"), row.get("type"), row.getOrDefault("region", ""), row.get("city"),
          aliases(row.get("aliases")), row.get("source"), letter(row));
      problems.addAll(rules.check(code, form, line, names));
      names.claim(code, form);
      if (code != null && forms.putIfAbsent(code, form) != null) {
        problems.add(new InvalidRegistryData.Problem(line, "code", "kode '" + code + "' muncul dua kali"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRegistryData(problems);
    }
    return forms;
  }

  /** A row's letter data, or null when its letter columns are all empty (the unit keeps what it has). */
  private static LetterForm letter(Map<String, String> row) {
    if (LETTER.stream().allMatch(c -> row.getOrDefault(c, "").isBlank())) {
      return null;
    }
    return new LetterForm(blankToNull(row.get("letterhead_name")), blankToNull(row.get("address")),
        blankToNull(row.get("phone")), blankToNull(row.get("email")), blankToNull(row.get("head_title")),
        blankToNull(row.get("head_name")), blankToNull(row.get("head_nip")), blankToNull(row.get("number_format")));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  static List<String> aliases(String joined) {
    return joined == null || joined.isBlank() ? List.of()
        : Arrays.stream(joined.split(";")).map(String::trim).filter(a -> !a.isEmpty()).toList();
  }

  private static LetterForm form(UnitLetter l) {
    return new LetterForm(l.letterheadName(), l.address(), l.phone(), l.email(), l.headTitle(), l.headName(),
        l.headNip(), l.numberFormat());
  }
}
