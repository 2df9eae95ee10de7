package id.siagahumas.process;

/** Names of the process variables of {@code crisis-response}, as DESIGN.md fixes them. */
public final class CaseVariables {

  public static final String PROCESS_KEY = "crisis-response";
  /** The start event; asyncAfter, so the triage runs as a job that follows intake. */
  public static final String START_EVENT = "storyDetected";
  public static final String RELATED_STORY_MESSAGE = "relatedStory";

  // case and story
  public static final String CASE_ID = "caseId";
  public static final String STORY_ID = "storyId";
  public static final String STORY_URL = "storyUrl";
  public static final String STORY_OUTLET = "storyOutlet";
  public static final String STORY_TITLE = "storyTitle";
  /** The headline shortened to one line for Tasklist's list ({@code intake.Headline}). */
  public static final String STORY_HEADLINE = "storyHeadline";
  public static final String STORY_BODY = "storyBody";
  public static final String STORY_PUBLISHED_AT = "storyPublishedAt";
  public static final String DETECTED_AT = "detectedAt";
  public static final String CATEGORIES = "categories";
  public static final String NATIONAL_REACH = "nationalReach";
  public static final String DISTINCT_OUTLETS = "distinctOutlets";
  public static final String ESCALATIONS = "escalations";

  // triage (DMN severity)
  public static final String SEVERITY = "severity";
  public static final String RESPONSE_HOURS = "responseHours";
  public static final String APPROVAL_LEVEL = "approvalLevel";
  public static final String NOTIFY_PUSAT = "notifyPusat";
  /** Deadlines as fractions of the response time, from the severity policy (see {@code DeadlineFractions}). */
  public static final String VERIFY_REMINDER_FRACTION = "verifyReminderFraction";
  public static final String VERIFY_DUE_FRACTION = "verifyDueFraction";
  public static final String STATEMENT_REMINDER_FRACTION = "statementReminderFraction";

  // unit and who works on it
  public static final String UNIT_CODE = "unitCode";
  public static final String UNIT_NAME = "unitName";
  public static final String REGION = "region";
  public static final String UNIT_GROUP = "unitGroup";
  public static final String REGION_GROUP = "regionGroup";
  public static final String HEAD_GROUP = "headGroup";
  public static final String TIME_ZONE = "timeZone";
  public static final String ZONE_LABEL = "zoneLabel";

  // deadlines
  public static final String VERIFY_REMINDER_AT = "verifyReminderAt";
  public static final String VERIFY_DUE_AT = "verifyDueAt";
  public static final String STATEMENT_REMINDER_AT = "statementReminderAt";
  public static final String STATEMENT_DUE_AT = "statementDueAt";
  public static final String SLA_BREACHED = "slaBreached";

  // verification, statement, approval, follow-up
  public static final String VERDICT = "verdict";
  public static final String FACTS = "facts";
  public static final String RESPOND = "respond";
  public static final String CLOSING_REASON = "closingReason";
  public static final String STATEMENT = "statement";
  public static final String STATEMENT_TYPE = "statementType";
  public static final String STATEMENT_ID = "statementId";
  public static final String DRAFTED_BY = "draftedBy";
  public static final String APPROVED = "approved";
  public static final String APPROVAL_COMMENT = "approvalComment";
  public static final String REVISION_HISTORY = "revisionHistory";
  public static final String STATEMENT_PUBLISHED_AT = "statementPublishedAt";
  public static final String OUTCOME = "outcome";

  private CaseVariables() {
  }
}
