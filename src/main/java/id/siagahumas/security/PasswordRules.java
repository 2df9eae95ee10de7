package id.siagahumas.security;

import java.util.Locale;
import java.util.Set;

/** What makes an administrator password acceptable outside the demo profile. */
public final class PasswordRules {

  static final int MIN_LENGTH = 12;
  private static final Set<String> COMMON = Set.of("password", "passw0rd", "admin", "administrator", "camunda",
      "demo", "qwerty", "123456", "letmein", "rahasia", "siagahumas", "humas", "welcome");

  private PasswordRules() {
  }

  /** Why the password is weak, in a sentence, or null when it is acceptable. */
  public static String weakness(String userId, String password) {
    if (password.length() < MIN_LENGTH) {
      return "at least " + MIN_LENGTH + " characters are required";
    }
    int classes = 0;
    classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
    classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
    classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
    classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
    if (classes < 3) {
      return "use three of: lower case, upper case, digits, symbols";
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (lower.contains(userId.toLowerCase(Locale.ROOT))) {
      return "it contains the user name";
    }
    for (String common : COMMON) {
      if (lower.replaceAll("[^a-z0-9]", "").startsWith(common) && lower.length() - common.length() < 6) {
        return "it is a common password with a short suffix";
      }
    }
    return null;
  }
}
