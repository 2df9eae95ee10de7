package id.siagahumas.security;

import id.siagahumas.registry.Groups;
import id.siagahumas.registry.Region;
import id.siagahumas.registry.Unit;
import id.siagahumas.registry.UnitRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who calls our API, as the authentication filter told the engine, and which roles they hold. */
@Component
public class CurrentUser {

  private final IdentityService identityService;
  private final UnitRegistry units;

  public CurrentUser(IdentityService identityService, UnitRegistry units) {
    this.identityService = identityService;
    this.units = units;
  }

  /** The cases this caller may see, from their groups (DESIGN.md, "Roles"). */
  public CaseScope caseScope() {
    List<String> groups = groups();
    if (groups.contains(Groups.ADMIN) || groups.contains(Groups.HUMAS_PUSAT) || groups.contains(Groups.PIMPINAN_PUSAT)) {
      return new CaseScope(true, Set.of(), Set.of());
    }
    Set<String> unitCodes = new HashSet<>();
    Set<String> regions = new HashSet<>();
    for (Unit unit : units.units()) {
      if (!unit.national() && groups.contains(Groups.unitGroup(unit))) {
        unitCodes.add(unit.code());
      }
    }
    for (Region region : units.regions()) {
      if (groups.contains(Groups.regionGroup(region.code())) || groups.contains(Groups.headGroup(region.code()))) {
        regions.add(region.code());
      }
    }
    return new CaseScope(false, unitCodes, regions);
  }

  /** The units this caller may report stories about: monitoring tools every unit, officers their own. */
  public CaseScope intakeScope() {
    return groups().contains(Groups.MONITOR) ? CaseScope.ALL : caseScope();
  }

  public String id() {
    return authentication().getUserId();
  }

  public List<String> groups() {
    List<String> groups = authentication().getGroupIds();
    return groups == null ? List.of() : groups;
  }

  /** Humas officers and heads at any level, and administrators. */
  public boolean isHumas() {
    return groups().stream().anyMatch(g -> g.startsWith("humas-") || g.startsWith("pimpinan-")
        || g.equals(Groups.ADMIN));
  }

  /** May submit and classify stories: monitoring tools and humas. */
  public void requireIntake() {
    if (!isHumas() && !groups().contains(Groups.MONITOR)) {
      throw new AccessDeniedException("Hanya humas dan monitor yang boleh mengirim berita.");
    }
  }

  public void requireHumas() {
    if (!isHumas()) {
      throw new AccessDeniedException("Hanya petugas humas yang boleh membaca kasus.");
    }
  }

  private Authentication authentication() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      // The filter refuses anonymous calls before they get here; this guards a misconfiguration.
      throw new AccessDeniedException("Tidak terautentikasi.");
    }
    return authentication;
  }
}
