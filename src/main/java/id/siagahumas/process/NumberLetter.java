package id.siagahumas.process;

import id.siagahumas.drafting.Statement;
import id.siagahumas.drafting.StatementRepository;
import id.siagahumas.letters.LetterComposer;
import id.siagahumas.letters.LetterRegister;
import id.siagahumas.registry.Unit;
import id.siagahumas.registry.UnitRegistry;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Right after the last approval, in its transaction: the approved statement takes the next number of its
 * unit's letter register (DESIGN.md "Letters to the press"), printed on every letter that goes out.
 */
@Component("numberLetter")
public class NumberLetter implements JavaDelegate {

  private final StatementRepository statements;
  private final LetterRegister register;
  private final LetterComposer letters;
  private final CaseRouting routing;
  private final UnitRegistry registry;
  private final Clock clock;

  public NumberLetter(StatementRepository statements, LetterRegister register, LetterComposer letters,
      CaseRouting routing, UnitRegistry registry, Clock clock) {
    this.statements = statements;
    this.register = register;
    this.letters = letters;
    this.routing = routing;
    this.registry = registry;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = execution.getProcessBusinessKey();
    Statement statement = statements.latestOfCase(caseId).filter(s -> Statement.APPROVED.equals(s.status()))
        .orElseThrow(() -> new IllegalStateException("Case " + caseId + " has no approved statement to number"));
    Unit unit = routing.unitOf(caseId);
    register.issue(statement.statementId(), unit.code(), letters.letterData(unit).numberFormat(), clock.instant(),
        registry.regionOf(unit).zone());
  }
}
