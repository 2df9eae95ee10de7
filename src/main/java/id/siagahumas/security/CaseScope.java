package id.siagahumas.security;

import java.util.Set;

/**
 * Which cases a caller may see: all of them (national humas, administrators), or those of some units
 * (officers) and regions (regional humas and heads). Cases whose unit is unknown are national.
 */
public record CaseScope(boolean all, Set<String> units, Set<String> regions) {

  public boolean covers(String unitCode, String region) {
    return all || (unitCode != null && units.contains(unitCode)) || (region != null && regions.contains(region));
  }

  public boolean none() {
    return !all && units.isEmpty() && regions.isEmpty();
  }
}
