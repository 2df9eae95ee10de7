package id.siagahumas.registry;

/**
 * The registries were read again after a change. {@code madeHere}: the change was made on this node (which
 * then also creates what the change needs in the engine, such as a new unit's group); false when another node
 * made it and this one only refreshes its copies.
 */
public record RegistryChanged(boolean madeHere) {
}
