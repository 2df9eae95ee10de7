package id.siagahumas.administration;

import id.siagahumas.registry.MediaPartner;
import id.siagahumas.registry.MediaRegistry;
import id.siagahumas.registry.Outlet;
import id.siagahumas.registry.RegistryChanges;
import id.siagahumas.registry.RegistryRefresh;
import id.siagahumas.registry.UnitRegistry;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a region's partner media (the list is replaced whole, in the order given: the Kanwil's agreement lists
 * them so) and the outlet list; validated before anything is written, audited with before and after.
 */
@Service
public class MediaAdministration {

  static final int MAX_PARTNERS = 200;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Validator validator;
  private final UnitRegistry units;
  private final MediaRegistry media;
  private final RegistryChanges changes;
  private final RegistryRefresh refresh;

  MediaAdministration(JdbcTemplate jdbc, TransactionTemplate transaction, Validator validator, UnitRegistry units,
      MediaRegistry media, RegistryChanges changes, RegistryRefresh refresh) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.validator = validator;
    this.units = units;
    this.media = media;
    this.changes = changes;
    this.refresh = refresh;
  }

  public List<MediaPartner> replacePartners(String region, List<MediaPartnerForm> partners, String by) {
    if (region == null || units.region(region).isEmpty()) {
      throw new InvalidRegistryData(null, "region", "wilayah '" + region + "' tidak ada dalam daftar wilayah");
    }
    List<InvalidRegistryData.Problem> problems = new ArrayList<>();
    if (partners == null || partners.size() > MAX_PARTNERS) {
      problems.add(new InvalidRegistryData.Problem(null, "partners",
          "kirim daftar mitra media (paling banyak " + MAX_PARTNERS + ")"));
      throw new InvalidRegistryData(problems);
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < partners.size(); i++) {
      MediaPartnerForm partner = partners.get(i);
      if (partner == null) {
        problems.add(new InvalidRegistryData.Problem(null, "[" + i + "]", "tidak boleh kosong"));
        continue;
      }
      int index = i;
      validator.validate(partner).stream().sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
          .forEach(v -> problems.add(new InvalidRegistryData.Problem(null, "[" + index + "]." + v.getPropertyPath(),
              v.getMessage())));
      if (partner.name() != null && !names.add(MediaRegistry.key(partner.name()))) {
        problems.add(new InvalidRegistryData.Problem(null, "[" + i + "].name", "nama media muncul dua kali"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRegistryData(problems);
    }
    List<MediaPartner> after = partners.stream()
        .map(p -> new MediaPartner(region, p.name(), p.medium(), p.email())).toList();
    // Two replacements of one region at once: the later one's DELETE does not see the rows the earlier one has
    // just inserted, so its INSERTs hit the same (region, position) and it answered 500. Each attempt reads the
    // list as stored (not this node's copy) in its own transaction, so a retry replaces what the other call left
    // and the audit's "before" is what was really replaced.
    boolean changed = false;
    for (int attempt = 1; ; attempt++) {
      try {
        changed = Boolean.TRUE.equals(transaction.execute(status -> {
          List<MediaPartner> before = stored(region);
          if (before.equals(after)) {
            return false;
          }
          jdbc.update("DELETE FROM media_partner WHERE region = ?", region);
          for (int i = 0; i < after.size(); i++) {
            MediaPartner p = after.get(i);
            jdbc.update("INSERT INTO media_partner (region, position, name, medium, email) VALUES (?,?,?,?,?)",
                region, i + 1, p.name(), p.medium(), p.email());
          }
          changes.record(RegistryChanges.Registry.MEDIA_PARTNERS, region, "CHANGED", by, before, after);
          return true;
        }));
        break;
      } catch (org.springframework.dao.DuplicateKeyException
          | org.springframework.dao.ConcurrencyFailureException raced) {
        if (attempt == 5) {
          throw raced;
        }
      }
    }
    if (changed) {
      refresh.changedHere();
    }
    return media.partnersOf(region);
  }

  private List<MediaPartner> stored(String region) {
    return jdbc.query("SELECT name, medium, email FROM media_partner WHERE region = ? ORDER BY position",
        (rs, n) -> new MediaPartner(region, rs.getString(1), rs.getString(2), rs.getString(3)), region);
  }

  public List<Outlet> outlets() {
    return jdbc.query("SELECT name, reach, email FROM outlet ORDER BY name_key",
        (rs, n) -> new Outlet(rs.getString(1), id.siagahumas.registry.Reach.valueOf(rs.getString(2)),
            rs.getString(3)));
  }

  /** Adds or changes an outlet, found by its name as stories write it. */
  public Outlet putOutlet(String name, OutletForm form, String by) {
    String key = MediaRegistry.key(name);
    if (name == null || name.isBlank() || name.length() > 200 || key.isEmpty()
        || name.codePoints().anyMatch(Character::isISOControl)) {
      throw new InvalidRegistryData(null, "name", "nama media tidak valid");
    }
    List<InvalidRegistryData.Problem> problems = new ArrayList<>();
    validator.validate(form).forEach(v -> problems.add(new InvalidRegistryData.Problem(null,
        v.getPropertyPath().toString(), v.getMessage())));
    if (!problems.isEmpty()) {
      throw new InvalidRegistryData(problems);
    }
    Optional<Outlet> before = jdbc.query("SELECT name, reach, email FROM outlet WHERE name_key = ?",
        (rs, n) -> new Outlet(rs.getString(1), id.siagahumas.registry.Reach.valueOf(rs.getString(2)),
            rs.getString(3)), key).stream().findFirst();
    Outlet after = new Outlet(name.strip(), form.reach(), form.email());
    if (before.isEmpty() || !before.get().equals(after)) {
      transaction.executeWithoutResult(status -> {
        if (jdbc.update("UPDATE outlet SET name = ?, reach = ?, email = ? WHERE name_key = ?", after.name(),
            after.reach().name(), after.email(), key) == 0) {
          jdbc.update("INSERT INTO outlet (name_key, name, reach, email) VALUES (?,?,?,?)", key, after.name(),
              after.reach().name(), after.email());
        }
        changes.record(RegistryChanges.Registry.OUTLET, key, before.isPresent() ? "CHANGED" : "ADDED", by,
            before.orElse(null), after);
      });
      refresh.changedHere();
    }
    return after;
  }
}
