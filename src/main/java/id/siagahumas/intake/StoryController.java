package id.siagahumas.intake;

import id.siagahumas.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/stories}: 201 when a case opens, 200 when the story joins, repeats or is ignored. */
@RestController
@RequestMapping("/api/stories")
class StoryController {

  private final IntakeService intake;
  private final CurrentUser currentUser;

  StoryController(IntakeService intake, CurrentUser currentUser) {
    this.intake = intake;
    this.currentUser = currentUser;
  }

  @PostMapping
  ResponseEntity<IntakeResult> submit(@Valid @RequestBody StoryInput story) {
    currentUser.requireIntake();
    IntakeResult result = intake.submit(story, currentUser.id(), currentUser.intakeScope());
    return ResponseEntity.status(result.status() == IntakeStatus.NEW_CASE ? HttpStatus.CREATED : HttpStatus.OK)
        .body(result);
  }

  /** {@code POST /api/stories/classify}: what intake would detect; stores nothing. */
  @PostMapping("/classify")
  ClassificationResult classify(@Valid @RequestBody StoryInput story) {
    currentUser.requireIntake();
    return intake.classify(story);
  }
}
