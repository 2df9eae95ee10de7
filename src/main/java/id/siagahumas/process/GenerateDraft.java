package id.siagahumas.process;

import static id.siagahumas.process.CaseVariables.*;

import id.siagahumas.drafting.DraftContext;
import id.siagahumas.drafting.DraftWriter;
import id.siagahumas.drafting.StatementType;
import id.siagahumas.registry.LocalTimes;
import id.siagahumas.registry.Region;
import id.siagahumas.registry.Unit;
import id.siagahumas.registry.UnitRegistry;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the first draft the officer edits in {@code draftStatement}: its type follows the verdict. */
@Component("generateDraft")
public class GenerateDraft implements JavaDelegate {

  private final DraftWriter writer;
  private final UnitRegistry registry;
  private final Clock clock;

  public GenerateDraft(DraftWriter writer, UnitRegistry registry, Clock clock) {
    this.writer = writer;
    this.registry = registry;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Unit unit = registry.unit((String) execution.getVariable(UNIT_CODE)).orElseThrow();
    Region region = registry.regionOf(unit);
    String verdict = (String) execution.getVariable(VERDICT);
    StatementType type = StatementType.forVerdict(verdict);
    DraftContext context = new DraftContext(unit.name(), unit.city(), region.name(),
        (String) execution.getVariable(STORY_OUTLET), (String) execution.getVariable(STORY_TITLE),
        (String) execution.getVariable(STORY_URL),
        LocalTimes.date(((Date) execution.getVariable(STORY_PUBLISHED_AT)).toInstant(), region),
        DraftWriter.verdictText(verdict), ((String) execution.getVariable(FACTS)).strip(),
        LocalTimes.date(clock.instant(), region), String.valueOf(clock.instant().atZone(region.zone()).getYear()));
    execution.setVariable(STATEMENT_TYPE, type.name());
    execution.setVariable(STATEMENT, writer.write(type, context));
  }
}
