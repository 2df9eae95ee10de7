package id.siagahumas.casefile;

import id.siagahumas.cases.CaseNotFoundException;
import id.siagahumas.cases.CaseRecord;
import id.siagahumas.cases.CaseRepository;
import id.siagahumas.drafting.Statement;
import id.siagahumas.drafting.StatementRepository;
import id.siagahumas.drafting.StatementType;
import id.siagahumas.intake.StoryRepository;
import id.siagahumas.letters.IncompleteLetterData;
import id.siagahumas.letters.IssuedNumber;
import id.siagahumas.letters.Letter;
import id.siagahumas.letters.LetterComposer;
import id.siagahumas.letters.LetterPdf;
import id.siagahumas.letters.LetterRegister;
import id.siagahumas.publication.Recipient;
import id.siagahumas.publication.RecipientResolver;
import id.siagahumas.security.CurrentUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cases/{caseId}/statements/{version}/letter?outlet=}: the letter of a statement version to one
 * outlet as the PDF that is (or will be) sent, for the approvers to read before they decide. Before approval
 * the number reads "(diberikan saat pernyataan disetujui)" and the date is today's.
 */
@RestController
@Validated
@RequestMapping("/api/cases")
class LetterController {

  private final CaseRepository cases;
  private final CurrentUser currentUser;
  private final StatementRepository statements;
  private final StoryRepository stories;
  private final RecipientResolver recipients;
  private final LetterComposer composer;
  private final LetterRegister register;
  private final LetterPdf pdf;
  private final Clock clock;

  LetterController(CaseRepository cases, CurrentUser currentUser, StatementRepository statements,
      StoryRepository stories, RecipientResolver recipients, LetterComposer composer, LetterRegister register,
      LetterPdf pdf, Clock clock) {
    this.cases = cases;
    this.currentUser = currentUser;
    this.statements = statements;
    this.stories = stories;
    this.recipients = recipients;
    this.composer = composer;
    this.register = register;
    this.pdf = pdf;
    this.clock = clock;
  }

  @GetMapping(value = "/{caseId}/statements/{version}/letter", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> letter(@PathVariable @Pattern(regexp = "KRS-\\d{4}-\\d{6}") String caseId,
      @PathVariable @Min(1) @Max(1000) int version,
      @RequestParam(required = false) @Size(max = 200) String outlet) {
    currentUser.requireHumas();
    CaseRecord c = cases.find(caseId).filter(r -> currentUser.caseScope().covers(r.unitCode(), r.region()))
        .orElseThrow(() -> new CaseNotFoundException(caseId));
    Statement statement = statements.ofCase(caseId).stream().filter(s -> s.version() == version).findFirst()
        .orElseThrow(() -> new CaseNotFoundException(caseId + " versi " + version));
    if (c.unitCode() == null) {
      throw new IncompleteLetterData("Satker kasus " + caseId + " belum ditetapkan.");
    }
    List<Recipient> addressees = recipients.recipients(StatementType.valueOf(statement.statementType()),
        c.region(), stories.ofCase(caseId));
    Recipient to = addressees.stream().filter(r -> outlet == null || r.name().equalsIgnoreCase(outlet.strip()))
        .findFirst().orElseThrow(() -> new CaseNotFoundException(caseId + " media " + outlet));
    IssuedNumber number = register.numberOf(statement.statementId()).orElse(null);
    Letter letter = composer.compose(c.unitCode(), statement, to.name(), to.story(), number,
        number == null ? clock.instant() : number.issuedAt());
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename("surat-" + caseId + "-v" + version + ".pdf").build().toString())
        .body(pdf.render(letter));
  }

  @ExceptionHandler(IncompleteLetterData.class)
  ProblemDetail incomplete(IncompleteLetterData e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Surat belum dapat dibuat");
    return problem;
  }
}
