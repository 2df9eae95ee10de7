package id.siagahumas.cases;

import id.siagahumas.severity.Severity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Query parameters of {@code GET /api/cases}; every one optional, {@code page} from 0. */
public record CaseFilter(
    @Pattern(regexp = "OPEN|CLOSED", message = "harus OPEN atau CLOSED") String status,
    Severity severity,
    @Size(max = 40) @Pattern(regexp = "[a-z]+", message = "kode wilayah tidak valid") String region,
    @Size(max = 80) @Pattern(regexp = "[a-z0-9-]+", message = "kode satker tidak valid") String unit,
    @Min(0) @Max(1_000_000) Integer page,
    @Min(1) @Max(1000) Integer size) {

  int pageOrDefault() {
    return page == null ? 0 : page;
  }

  int sizeOrDefault() {
    return size == null ? 20 : size;
  }
}
