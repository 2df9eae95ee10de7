package id.siagahumas.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text as people write it: no control characters but line breaks and tabs, and no invisible direction
 * or zero-width marks that make text read differently from what is stored (spoofed titles, hidden words).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

  String message() default "mengandung karakter kendali atau karakter tak terlihat";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<PlainText, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.codePoints().allMatch(Validator::allowed);
    }

    static boolean allowed(int c) {
      if (c == '\n' || c == '\r' || c == '\t') {
        return true;
      }
      if (Character.isISOControl(c)) {
        return false;
      }
      // bidi embeddings/overrides/isolates, zero-width characters, BOM, and unassigned code points
      return !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069) && !(c >= 0x200B && c <= 0x200F)
          && c != 0xFEFF && c != 0x061C && Character.isDefined(c);
    }
  }
}
