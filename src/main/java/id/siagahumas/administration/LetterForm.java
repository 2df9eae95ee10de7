package id.siagahumas.administration;

import id.siagahumas.web.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A unit's letter data as an administrator sends it (see {@code registry.UnitLetter}); names are one line each. */
public record LetterForm(
    @NotBlank @Size(max = 200) @PlainText
    @Pattern(regexp = "[^\\r\\n]*", message = "satu baris saja") String letterheadName,
    @NotBlank @Size(max = 300) @PlainText String address,
    @NotBlank @Size(max = 60) @Pattern(regexp = "[0-9()+\\- ./,a-zA-Z]*", message = "bukan nomor telepon") String phone,
    @NotBlank @Size(max = 200) @Email(message = "bukan alamat surel") String email,
    @NotBlank @Size(max = 200) @PlainText
    @Pattern(regexp = "[^\\r\\n]*", message = "satu baris saja") String headTitle,
    @NotBlank @Size(max = 200) @PlainText
    @Pattern(regexp = "[^\\r\\n]*", message = "satu baris saja") String headName,
    @NotBlank @Pattern(regexp = "[0-9]{18}", message = "NIP terdiri atas 18 angka") String headNip,
    @NotBlank @Size(max = 100) @PlainText
    @Pattern(regexp = ".*\\{nomor}.*", message = "harus memuat {nomor}") String numberFormat) {
}
