package id.siagahumas.administration;

/** What an import of the unit registry did: rows read, units added, changed and found as they were. */
public record UnitImportResult(int rows, int added, int changed, int unchanged) {
}
