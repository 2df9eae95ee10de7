package id.siagahumas.security;

import java.util.Set;

/**
 * Which cases a caller may see: all of them (national humas, administrators), or those of some units
 * (officers) and regions (regional humas and heads). Cases whose unit is unknown are national.
 */
public record CaseScope(boolean all, Set<String> units, Set<String> regions) {

  /** Every case: the application itself, national humas, administrators. */
  public static final CaseScope ALL = new CaseScope(true, Set.of(), Set.of());

  public boolean covers(String unitCode, String region) {
    return all || (unitCode != null && units.contains(unitCode)) || (region != null && regions.contains(region));
  }

  public boolean none() {
    return !all && units.isEmpty() && regions.isEmpty();
  }
}
