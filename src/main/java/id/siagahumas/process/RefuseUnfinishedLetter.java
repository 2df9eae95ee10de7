package id.siagahumas.process;

import static id.siagahumas.process.CaseVariables.APPROVED;

import id.siagahumas.drafting.Statement;
import id.siagahumas.drafting.StatementRepository;
import id.siagahumas.letters.IncompleteLetterData;
import id.siagahumas.letters.LetterComposer;
import id.siagahumas.letters.Placeholders;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * No placeholder reaches the press: an approval (either level) is refused while the stored statement still
 * holds a gap to fill ({@code [Nama Pejabat]}, {@code …}, {@code ....}) or the unit's letter data in the
 * registry is incomplete. Sending it back for revision stays possible.
 */
@Component("refuseUnfinishedLetter")
public class RefuseUnfinishedLetter implements TaskListener {

  private final StatementRepository statements;
  private final LetterComposer letters;
  private final CaseRouting routing;

  public RefuseUnfinishedLetter(StatementRepository statements, LetterComposer letters, CaseRouting routing) {
    this.statements = statements;
    this.letters = letters;
    this.routing = routing;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariable(APPROVED))) {
      return;
    }
    String caseId = task.getExecution().getProcessBusinessKey();
    Statement statement = statements.latestOfCase(caseId).orElseThrow();
    List<String> gaps = Placeholders.in(statement.text());
    if (!gaps.isEmpty()) {
      throw new CaseRuleViolation("Persetujuan ditolak: pernyataan masih memuat bagian yang belum diisi ("
          + String.join(", ", gaps.stream().limit(5).map(g -> "\"" + g + "\"").toList())
          + "). Kembalikan untuk revisi dengan catatan agar penyusun melengkapinya.");
    }
    try {
      letters.letterData(routing.unitOf(caseId));
    } catch (IncompleteLetterData e) {
      throw new CaseRuleViolation("Persetujuan ditolak: surat belum dapat dibuat. " + e.getMessage()
          + " Minta administrator melengkapinya.");
    }
  }
}
