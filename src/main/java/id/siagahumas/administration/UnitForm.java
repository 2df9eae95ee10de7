package id.siagahumas.administration;

import id.siagahumas.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A unit of the registry as {@code PUT /api/units/{code}} and the CSV import carry it: the unit and, optionally,
 * its letter data (without it the unit's letters cannot be issued). The code is the key and is not in the form.
 * Name, city and aliases are one line each: they stand in mail subjects, in the "Satker :" line of notifications
 * and on the letterhead, where a line break would forge a line of its own.
 */
public record UnitForm(
    @NotBlank @Size(max = 200) @PlainText @Pattern(regexp = "[^\\r\\n]*", message = "satu baris saja") String name,
    @NotBlank @Pattern(regexp = "[A-Z_]{3,20}", message = "jenis unit tidak valid") String type,
    @NotNull @Pattern(regexp = "|[a-z]{2,40}", message = "kode wilayah tidak valid") String region,
    @NotBlank @Size(max = 100) @PlainText @Pattern(regexp = "[^\\r\\n]*", message = "satu baris saja") String city,
    @Size(max = 30) List<@NotBlank @Size(max = 200) @PlainText
        @Pattern(regexp = "[^;\\r\\n]*", message = "tidak boleh memuat ';' atau baris baru") String> aliases,
    @Size(max = 500) @PlainText String source,
    @Valid LetterForm letter) {

  public UnitForm {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    source = source == null ? "" : source;
  }
}
