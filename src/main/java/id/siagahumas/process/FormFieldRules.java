package id.siagahumas.process;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The values each form field accepts, so that nothing a form submits can fail later in the process
 * (an unknown verdict, a text the engine cannot store) or be mistaken for another type.
 */
final class FormFieldRules {

  /** The engine stores a text variable of at most 4,000 characters. */
  static final int MAX_TEXT = 4000;

  private record Rule(Predicate<Object> accepts, String expected) {
  }

  private static final Rule TEXT = new Rule(v -> v == null || v instanceof String s && s.length() <= MAX_TEXT,
      "teks paling panjang 4.000 karakter");
  private static final Rule BOOLEAN = new Rule(v -> v == null || v instanceof Boolean, "ya atau tidak");

  private static Rule oneOf(String... values) {
    Set<String> allowed = Set.of(values);
    return new Rule(v -> v == null || v instanceof String s && allowed.contains(s), String.join(", ", values));
  }

  private static final Map<String, Rule> RULES = Map.ofEntries(
      Map.entry(CaseVariables.VERDICT, oneOf("FAKTA", "SEBAGIAN", "TIDAK_BENAR", "BELUM_JELAS", "SALAH_DETEKSI")),
      Map.entry(CaseVariables.FACTS, TEXT),
      Map.entry(CaseVariables.RESPOND, BOOLEAN),
      Map.entry(CaseVariables.CLOSING_REASON, TEXT),
      Map.entry(CaseVariables.STATEMENT, TEXT),
      Map.entry(CaseVariables.STATEMENT_TYPE, oneOf("HAK_JAWAB", "KLARIFIKASI", "SIARAN_PERS")),
      Map.entry(CaseVariables.APPROVED, BOOLEAN),
      Map.entry(CaseVariables.APPROVAL_COMMENT, TEXT),
      Map.entry(CaseVariables.OUTCOME, oneOf("TERKOREKSI", "TIDAK_DIMUAT", "ISU_MELUAS")),
      Map.entry(CaseVariables.UNIT_CODE, new Rule(v -> v instanceof String s && s.matches("[a-z0-9-]{1,80}"),
          "kode satker dari daftar")),
      Map.entry("saveAlias", BOOLEAN));

  private FormFieldRules() {
  }

  static void check(String name, Object submitted) {
    Rule rule = RULES.get(name);
    if (rule == null) {
      throw new CaseRuleViolation("Isian '" + name + "' tidak dikenal.");
    }
    if (submitted instanceof SerializableValue serialized && !serialized.isDeserialized()) {
      // an object sent in serialized form (type Object): no form field is one, and reading it would deserialize it
      throw new CaseRuleViolation("Isian '" + name + "' tidak sah: harus " + rule.expected() + ".");
    }
    Object value = submitted instanceof TypedValue typed ? typed.getValue() : submitted;
    if (!rule.accepts().test(value)) {
      throw new CaseRuleViolation("Isian '" + name + "' tidak sah: harus " + rule.expected() + ".");
    }
  }

  static boolean known(String name) {
    return RULES.containsKey(name);
  }
}
