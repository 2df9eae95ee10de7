package id.siagahumas.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A time as DESIGN.md takes it: an ISO-8601 string with offset ({@code 2026-10-01T07:00:00+07:00}).
 * Numbers (read as epoch seconds, {@code 1e300} as 1970) and strings without offset are refused.
 */
class OffsetDateTimeText extends JsonDeserializer<OffsetDateTime> {

  @Override
  public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
    }
    try {
      return OffsetDateTime.parse(parser.getText().strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      return (OffsetDateTime) context.handleWeirdStringValue(OffsetDateTime.class, parser.getText(),
          "harus waktu ISO-8601 dengan zona, mis. 2026-10-01T07:00:00+07:00");
    }
  }
}
