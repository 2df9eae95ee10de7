package id.siagahumas.registry;

/** A news outlet with its reach tier and newsroom address (for hak jawab letters). */
public record Outlet(String name, Reach reach, String email) {
}
