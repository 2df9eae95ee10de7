package id.siagahumas.registry;

/** A partner outlet (mitra media) of a region: receives its clarifications and press releases. */
public record MediaPartner(String region, String name, String medium, String email) {
}
