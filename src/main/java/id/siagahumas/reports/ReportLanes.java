package id.siagahumas.reports;

import id.siagahumas.registry.Region;
import id.siagahumas.registry.UnitRegistry;
import id.siagahumas.security.AccessDeniedException;
import id.siagahumas.security.CaseScope;
import id.siagahumas.security.CurrentUser;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Which region a report or page may show, from the caller's stored groups: a region named in the request must be
 * one of the caller's (a Kakanwil of Sumsel asking for Jatim is refused); without one, the report covers the
 * caller's whole scope. Whatever the region, rows are also filtered by the caller's {@link CaseScope}.
 */
@Component
public class ReportLanes {

  private final CurrentUser currentUser;
  private final UnitRegistry units;

  public ReportLanes(CurrentUser currentUser, UnitRegistry units) {
    this.currentUser = currentUser;
    this.units = units;
  }

  /** The caller's scope; refuses callers who are neither humas nor pimpinan. */
  public CaseScope scope() {
    currentUser.requireHumas();
    return currentUser.caseScope();
  }

  /** Checks that the caller may see {@code region} (null: all of their scope); returns it. */
  public String region(CaseScope scope, String region) {
    if (region == null || region.isBlank()) {
      return null;
    }
    if (!regionsOf(scope).contains(region)) {
      throw new AccessDeniedException("Wilayah " + region + " di luar wewenang Anda.");
    }
    return region;
  }

  /** The regions the caller reaches: every region for national users, else their regions and their units'. */
  public Set<String> regionsOf(CaseScope scope) {
    Set<String> regions = new TreeSet<>();
    for (Region r : units.regions()) {
      if (scope.all() || scope.regions().contains(r.code())) {
        regions.add(r.code());
      }
    }
    if (!scope.all()) {
      scope.units().forEach(code -> units.unit(code).map(u -> u.region()).filter(r -> r != null && !r.isEmpty())
          .ifPresent(regions::add));
    }
    return regions;
  }

  /** The regions the caller reaches, as the registry names them, in registry order. */
  public List<Region> regionChoices(CaseScope scope) {
    Set<String> codes = regionsOf(scope);
    return units.regions().stream().filter(r -> codes.contains(r.code())).toList();
  }
}
