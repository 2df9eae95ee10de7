package id.siagahumas.administration;

import id.siagahumas.registry.MediaPartner;
import id.siagahumas.registry.MediaRegistry;
import id.siagahumas.registry.Unit;
import id.siagahumas.registry.UnitRegistry;
import id.siagahumas.security.CurrentUser;
import jakarta.validation.constraints.Pattern;
import java.util.Collection;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/units} and {@code GET /api/media-partners}: the registries, read-only. */
@RestController
@RequestMapping("/api")
class RegistryController {

  private final UnitRegistry units;
  private final MediaRegistry media;
  private final CurrentUser currentUser;

  RegistryController(UnitRegistry units, MediaRegistry media, CurrentUser currentUser) {
    this.units = units;
    this.media = media;
    this.currentUser = currentUser;
  }

  @GetMapping("/units")
  Collection<Unit> units() {
    currentUser.requireHumas();
    return units.units();
  }

  @GetMapping("/media-partners")
  List<MediaPartner> mediaPartners(
      @RequestParam(required = false) @Pattern(regexp = "[a-z]{2,40}", message = "kode wilayah tidak valid")
      String region) {
    currentUser.requireHumas();
    return region == null ? media.partners() : media.partnersOf(region);
  }
}
