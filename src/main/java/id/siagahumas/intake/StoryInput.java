package id.siagahumas.intake;

import id.siagahumas.registry.Reach;
import id.siagahumas.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A story as the API and the feed poller submit it. What the caller gives ({@code unitCode},
 * {@code categories}) wins over what intake detects.
 */
public record StoryInput(
    @NotBlank @Size(max = 2048) @Pattern(regexp = "(?i)https?://\\S+", message = "harus URL http atau https")
    String url,
    @NotBlank @Size(max = 200) @PlainText String outlet,
    @NotBlank @Size(max = 500) @PlainText String title,
    @NotBlank @Size(max = 100_000) @PlainText String body,
    @NotNull @JsonDeserialize(using = OffsetDateTimeText.class) OffsetDateTime publishedAt,
    Reach reach,
    @Size(max = 80) @Pattern(regexp = "[a-z0-9-]+", message = "kode satker tidak valid") String unitCode,
    @Size(max = 11) List<@NotNull Category> categories,
    Source source) {
}
