package id.siagahumas.process;

import static id.siagahumas.process.CaseVariables.*;

import id.siagahumas.cases.CaseRepository;
import id.siagahumas.registry.Groups;
import id.siagahumas.registry.Region;
import id.siagahumas.registry.Unit;
import id.siagahumas.registry.UnitRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Turns {@code unitCode} into the groups that work the case and the time zone they read times in. */
@Component("resolveUnit")
public class ResolveUnit implements JavaDelegate {

  private final UnitRegistry registry;
  private final CaseRepository cases;

  public ResolveUnit(UnitRegistry registry, CaseRepository cases) {
    this.registry = registry;
    this.cases = cases;
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
  }
}
