package id.siagahumas.severity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every row of the two default policy tables in bpmn/severity.dmn, and the raise rule between them, on the bare
 * DMN engine (no process engine, no Spring): the file business people change, read as the engine deploys it.
 */
class SeverityDecisionTest {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final DmnDecision SEVERITY = parse();

  private static DmnDecision parse() {
    try (InputStream dmn = SeverityDecisionTest.class.getResourceAsStream("/severity.dmn")) {
      return DMN.parseDecision(SeverityPolicy.DECISION_KEY, dmn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SeverityAssessment assess(List<String> categories, boolean national, int outlets, int escalations) {
    return assess(new SeverityInput(categories, national, outlets, escalations));
  }

  private SeverityAssessment assess(SeverityInput input) {
    return SeverityPolicy.assessment(DMN.evaluateDecision(SEVERITY, SeverityPolicy.variables(input))
        .getSingleResult());
  }

  /** Table 1: the base level of each category (one local outlet, nothing raised). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "KEMATIAN, KRITIS", "KERUSUHAN, KRITIS",
      "PELARIAN, TINGGI", "NARKOBA, TINGGI", "PUNGLI, TINGGI", "KEKERASAN, TINGGI", "PERLAKUAN_ISTIMEWA, TINGGI",
      "PONSEL_ILEGAL, SEDANG", "OVERKAPASITAS, SEDANG",
      "PELAYANAN, RENDAH", "LAINNYA, RENDAH"})
  void baseLevelOfEachCategory(String category, Severity expected) {
    assertThat(assess(List.of(category), false, 1, 0).severity()).isEqualTo(expected);
  }

  /** The case takes the highest level among its categories. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
      "PELAYANAN,PONSEL_ILEGAL; SEDANG", "LAINNYA,PUNGLI,OVERKAPASITAS; TINGGI", "KEKERASAN,KEMATIAN; KRITIS"})
  void highestCategoryWins(String categories, Severity expected) {
    assertThat(assess(List.of(categories.split(",")), false, 1, 0).severity()).isEqualTo(expected);
  }

  /** Table 2: what each level demands. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "KERUSUHAN, KRITIS, 2, KANWIL_PIMPINAN, true",
      "NARKOBA, TINGGI, 6, KANWIL, true",
      "OVERKAPASITAS, SEDANG, 12, KANWIL, false",
      "PELAYANAN, RENDAH, 24, KANWIL, false"})
  void whatEachLevelDemands(String category, Severity level, int hours, String approval, boolean notifyPusat) {
    assertThat(assess(List.of(category), false, 1, 0))
        .isEqualTo(new SeverityAssessment(level, hours, approval, notifyPusat, DeadlineFractions.DEFAULT));
  }

  /** One level for NASIONAL reach, one for three or more outlets, one per ISU_MELUAS; capped at KRITIS. */
  @ParameterizedTest(name = "{0} national={1} outlets={2} escalations={3} -> {4}")
  @CsvSource({
      "PELAYANAN, true, 1, 0, SEDANG",
      "PELAYANAN, false, 3, 0, SEDANG",
      "PELAYANAN, false, 2, 0, RENDAH",
      "PELAYANAN, true, 5, 0, TINGGI",
      "PELAYANAN, true, 5, 1, KRITIS",
      "OVERKAPASITAS, false, 1, 1, TINGGI",
      "PUNGLI, true, 1, 0, KRITIS",
      "KEMATIAN, true, 9, 3, KRITIS"})
  void raisesAndCap(String category, boolean national, int outlets, int escalations, Severity expected) {
    assertThat(assess(List.of(category), national, outlets, escalations).severity()).isEqualTo(expected);
  }

  /** The level a case has reached stays: a later, milder reading never lowers it; a graver one still raises. */
  @ParameterizedTest(name = "{0} at {1} -> {2}")
  @CsvSource({
      "PELAYANAN, KRITIS, KRITIS", "PELAYANAN, TINGGI, TINGGI", "PELAYANAN, RENDAH, RENDAH",
      "OVERKAPASITAS, RENDAH, SEDANG", "KEMATIAN, SEDANG, KRITIS"})
  void neverLowerThanTheLevelReached(String category, Severity reached, Severity expected) {
    assertThat(assess(new SeverityInput(List.of(category), false, 1, 0, reached)).severity()).isEqualTo(expected);
  }
}
