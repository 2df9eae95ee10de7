package id.siagahumas.process;

import id.siagahumas.letters.IssuedNumber;
import id.siagahumas.letters.LetterComposer;
import id.siagahumas.letters.LetterRegister;
import id.siagahumas.registry.UnitRegistry;
import id.siagahumas.registry.Unit;

import static id.siagahumas.process.CaseVariables.*;

import id.siagahumas.drafting.Statement;
import id.siagahumas.drafting.StatementRepository;
import id.siagahumas.drafting.StatementType;
import id.siagahumas.intake.StoryRepository;
import id.siagahumas.notification.CaseEvents;
import id.siagahumas.publication.Publisher;
import id.siagahumas.publication.RecipientResolver;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Publishes the approved statement (asynchronous job, retried R5/PT5M, then an incident). Recipients
 * already served by an earlier attempt are skipped by the {@link Publisher}.
 */
@Component("publishStatement")
public class PublishStatement implements JavaDelegate {

  private final StatementRepository statements;
  private final StoryRepository stories;
  private final RecipientResolver recipients;
  private final Publisher publisher;
  private final Clock clock;
  private final CaseEvents events;
  private final CaseRouting routing;
  private final LetterRegister register;
  private final LetterComposer letters;
  private final UnitRegistry registry;

  public PublishStatement(StatementRepository statements, StoryRepository stories, RecipientResolver recipients,
      Publisher publisher, Clock clock, CaseEvents events, CaseRouting routing, LetterRegister register,
      LetterComposer letters, UnitRegistry registry) {
    this.register = register;
    this.letters = letters;
    this.registry = registry;
    this.events = events;
    this.routing = routing;
    this.statements = statements;
    this.stories = stories;
    this.recipients = recipients;
    this.publisher = publisher;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The stored, approved version is what goes out, whatever the variables say.
    String caseId = execution.getProcessBusinessKey();
    Statement statement = statements.latestOfCase(caseId).filter(s -> !Statement.SUBMITTED.equals(s.status())
        && !Statement.REJECTED.equals(s.status())).orElseThrow(() -> new IllegalStateException(
            "Case " + caseId + " has no approved statement to publish"));
    long statementId = statement.statementId();
    Unit unit = routing.unitOf(caseId);
    // Numbered at approval (numberLetter); a statement approved under an earlier release, whose process version
    // has no such step, takes its number now.
    IssuedNumber number = register.numberOf(statementId).orElseGet(() -> register.issue(statementId, unit.code(),
        letters.letterData(unit).numberFormat(), clock.instant(), registry.regionOf(unit).zone()));
    publisher.publish(statement, unit.code(), unit.name(), (String) execution.getVariable(STORY_TITLE), number,
        recipients.recipients(StatementType.valueOf(statement.statementType()),
            routing.region(caseId), stories.ofCase(caseId)));
    statements.markPublished(statementId);
    events.publish(CaseEvents.STATEMENT_PUBLISHED, caseId, java.util.Map.of("statementType",
        statement.statementType(), "version", statement.version()));
    if (execution.getVariable(STATEMENT_PUBLISHED_AT) == null) {
      execution.setVariable(STATEMENT_PUBLISHED_AT, Date.from(clock.instant()));
    }
  }
}
