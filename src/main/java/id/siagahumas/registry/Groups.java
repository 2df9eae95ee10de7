package id.siagahumas.registry;

/** The Camunda groups of DESIGN.md ("Roles"), derived from the registry. */
public final class Groups {

  public static final String HUMAS_PUSAT = "humas-pusat";
  public static final String PIMPINAN_PUSAT = "pimpinan-pusat";
  public static final String MONITOR = "monitor";
  public static final String ADMIN = "camunda-admin";

  private Groups() {
  }

  /** Officers of a unit; stories about the directorate itself go to humas-pusat. */
  public static String unitGroup(Unit unit) {
    return unit.national() ? HUMAS_PUSAT : "humas-" + unit.code();
  }

  /** Regional humas (Kasubag Humas): approves statements, takes over escalated tasks. */
  public static String regionGroup(String region) {
    return region == null || region.isEmpty() ? HUMAS_PUSAT : "humas-kanwil-" + region;
  }

  /** Head of the regional office: second approval of KRITIS statements. */
  public static String headGroup(String region) {
    return region == null || region.isEmpty() ? PIMPINAN_PUSAT : "pimpinan-kanwil-" + region;
  }
}
