/**
 * Keeping the registries at runtime (DESIGN.md "HTTP API"): units with their letter data, a region's partner
 * media and the outlet list, changed by the people DESIGN.md names, validated, all-or-nothing, audited. The
 * registries themselves (and their copies for the hot paths) are in {@code registry}.
 */
package id.siagahumas.administration;
