package id.siagahumas.administration;

import id.siagahumas.registry.MediaPartner;
import id.siagahumas.registry.Outlet;
import id.siagahumas.registry.RegistryChanges;
import id.siagahumas.security.CurrentUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registries kept at runtime (DESIGN.md "HTTP API"): units with letter data, a region's partner media, the
 * outlet list, and the audit of every change. Who may call what is {@link RegistryLanes}, checked before the
 * body is read.
 */
@RestController
@RequestMapping("/api")
class RegistryAdminController {

  private final UnitAdministration units;
  private final MediaAdministration media;
  private final RegistryChanges changes;
  private final CurrentUser currentUser;

  RegistryAdminController(UnitAdministration units, MediaAdministration media, RegistryChanges changes,
      CurrentUser currentUser) {
    this.units = units;
    this.media = media;
    this.changes = changes;
    this.currentUser = currentUser;
  }

  @GetMapping("/units/{code}")
  UnitView unit(@PathVariable @Size(max = 80) String code) {
    return units.unit(code).orElseThrow(() -> new RegistryItemNotFound("Unit '" + code + "' tidak terdaftar."));
  }

  @PutMapping("/units/{code}")
  ResponseEntity<UnitView> putUnit(@PathVariable @Size(max = 80) String code, @RequestBody UnitForm form) {
    UnitAdministration.Stored stored = units.put(code, form, currentUser.id());
    return ResponseEntity.status(stored.added() ? HttpStatus.CREATED : HttpStatus.OK).body(stored.unit());
  }

  /** The CSV as the body ({@code text/csv} or {@code text/plain}, UTF-8). */
  @PostMapping("/units/import")
  ResponseEntity<Object> importUnits(@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false)
      MediaType contentType, @RequestBody(required = false) byte[] csv) {
    if (contentType == null || !(contentType.isCompatibleWith(MediaType.valueOf("text/csv"))
        || contentType.isCompatibleWith(MediaType.TEXT_PLAIN))) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "Kirim berkas CSV (Content-Type: text/csv).");
      problem.setTitle("Jenis isi tidak didukung");
      return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(problem);
    }
    return ResponseEntity.ok(units.importCsv(text(csv, contentType), currentUser.id()));
  }

  /**
   * The file as text, decoded strictly: bytes that are not of its charset (UTF-8 unless it names another) are
   * refused rather than read as replacement characters, which would be imported into names and letterheads and
   * printed on letters. A leading byte order mark (spreadsheets write one) is not part of the first column's name.
   */
  private static String text(byte[] csv, MediaType contentType) {
    if (csv == null) {
      return null;
    }
    java.nio.charset.Charset charset = contentType.getCharset() != null ? contentType.getCharset()
        : java.nio.charset.StandardCharsets.UTF_8;
    String text;
    try {
      text = charset.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(csv)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InvalidRegistryData(null, "csv", "berkas bukan teks " + charset.name()
          + " yang sah (simpan sebagai CSV UTF-8)");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  @PutMapping("/media-partners")
  List<MediaPartner> putMediaPartners(
      @RequestParam @Pattern(regexp = "[a-z]{2,40}", message = "kode wilayah tidak valid") String region,
      @RequestBody List<MediaPartnerForm> partners) {
    return media.replacePartners(region, partners, currentUser.id());
  }

  @GetMapping("/outlets")
  List<Outlet> outlets() {
    currentUser.requireHumas();
    return media.outlets();
  }

  @PutMapping("/outlets/{name}")
  Outlet putOutlet(@PathVariable String name, @RequestBody OutletForm form) {
    return media.putOutlet(name, form, currentUser.id());
  }

  @GetMapping("/registry-changes")
  List<RegistryChanges.Change> registryChanges(@RequestParam(required = false) RegistryChanges.Registry registry,
      @RequestParam(required = false) @Size(max = 2000) String item,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    return changes.of(registry, item, limit);
  }

  @ExceptionHandler(InvalidRegistryData.class)
  ResponseEntity<ProblemDetail> invalid(InvalidRegistryData ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
    problem.setTitle("Data daftar tidak valid");
    InvalidRegistryData.Problem first = ex.problems().get(0);
    problem.setProperty("row", first.row());
    problem.setProperty("field", first.field());
    problem.setProperty("errors", ex.problems());
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(RegistryItemNotFound.class)
  ResponseEntity<ProblemDetail> notFound(RegistryItemNotFound ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    problem.setTitle("Tidak ditemukan");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
  }
}
