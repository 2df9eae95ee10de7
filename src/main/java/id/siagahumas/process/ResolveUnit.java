package id.siagahumas.process;

import static id.siagahumas.process.CaseVariables.*;

import id.siagahumas.cases.CaseRepository;
import id.siagahumas.registry.Groups;
import id.siagahumas.registry.Region;
import id.siagahumas.registry.Unit;
import id.siagahumas.registry.UnitRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import id.siagahumas.classification.StoryClassifier;
import id.siagahumas.intake.Story;
import id.siagahumas.intake.StoryRepository;
import id.siagahumas.registry.UnitAliases;
import java.time.Clock;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Turns {@code unitCode} into the groups that work the case and the time zone they read times in. */
@Component("resolveUnit")
public class ResolveUnit implements JavaDelegate {

  static final String SAVE_ALIAS = "saveAlias";

  private final UnitRegistry registry;
  private final CaseRepository cases;
  private final StoryRepository stories;
  private final UnitAliases aliases;
  private final StoryClassifier classifier;
  private final Clock clock;

  public ResolveUnit(UnitRegistry registry, CaseRepository cases, StoryRepository stories, UnitAliases aliases,
      StoryClassifier classifier, Clock clock) {
    this.registry = registry;
    this.cases = cases;
    this.stories = stories;
    this.aliases = aliases;
    this.classifier = classifier;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = (String) execution.getVariable(UNIT_CODE);
    Unit unit = registry.unit(code)
        .orElseThrow(() -> new CaseRuleViolation("Satker '" + code + "' tidak terdaftar. Pilih satker dari daftar."));
    Region region = registry.regionOf(unit);
    execution.setVariable(UNIT_NAME, unit.name());
    execution.setVariable(REGION, unit.region());
    execution.setVariable(UNIT_GROUP, Groups.unitGroup(unit));
    execution.setVariable(REGION_GROUP, Groups.regionGroup(unit.region()));
    execution.setVariable(HEAD_GROUP, Groups.headGroup(unit.region()));
    execution.setVariable(TIME_ZONE, region.zone().getId());
    execution.setVariable(ZONE_LABEL, region.zoneLabel());
    cases.updateUnit(execution.getProcessBusinessKey(), unit.code(), unit.region());
    if (Boolean.TRUE.equals(execution.getVariable(SAVE_ALIAS))) {
      saveAlias(execution, unit);
    }
  }

  /** The unit as the story named it, confirmed by humas-pusat, becomes an alias the classifier reads. */
  private void saveAlias(DelegateExecution execution, Unit unit) {
    String named = stories.ofCase(execution.getProcessBusinessKey()).stream().map(Story::unitName)
        .filter(n -> n != null && !n.isBlank()).findFirst().orElse(null);
    Authentication actor = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (named != null && aliases.save(unit.code(), named, actor == null ? null : actor.getUserId(), clock.instant())) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          classifier.useUnits(aliases.units());
        }
      });
    }
  }
}
