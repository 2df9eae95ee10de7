package id.siagahumas.administration;

import id.siagahumas.web.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One partner outlet of a region as {@code PUT /api/media-partners?region=} carries it. */
public record MediaPartnerForm(
    @NotBlank @Size(max = 200) @PlainText
    @Pattern(regexp = "[^\\r\\n]*", message = "satu baris saja") String name,
    @NotBlank @Pattern(regexp = "CETAK|DARING|TELEVISI|RADIO", message = "harus CETAK, DARING, TELEVISI atau RADIO")
    String medium,
    @NotBlank @Size(max = 200) @Email(message = "bukan alamat surel") String email) {
}
