package id.siagahumas.administration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import id.siagahumas.registry.Reach;

/** An outlet's reach tier and newsroom address (where its hak jawab letters go). */
public record OutletForm(@NotNull Reach reach, @Size(max = 200) @Email(message = "bukan alamat surel") String email) {
}
