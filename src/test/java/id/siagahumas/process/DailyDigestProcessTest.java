package id.siagahumas.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.siagahumas.support.CaseDriver;
import id.siagahumas.support.SiagaSpringTest;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The process {@code daily-digest} on the real engine: one timer job, every hour; each run sends the digests due at
 * that hour and ends; the timer then waits for the next hour. (What the digests say and who gets them:
 * digest/DailyDigestTest.)
 */
@SiagaSpringTest
class DailyDigestProcessTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired JdbcClient jdbc;
  @Autowired CaseDriver driver;

  @AfterEach
  void cleanUp() {
    driver.closeAllCases(jdbc);
  }

  /** Fires the hourly timer at {@code instant} and runs the sending step; returns the finished instance. */
  private HistoricProcessInstance runAt(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    List<Job> timers = management.createJobQuery().processDefinitionKey("daily-digest").timers().list();
    assertThat(timers).as("one hourly timer, whatever ran before").hasSize(1);
    management.executeJob(timers.get(0).getId());
    Job sending = management.createJobQuery().processDefinitionKey("daily-digest").messages().singleResult();
    assertThat(sending).as("the sending step waits as a job of its own").isNotNull();
    String processInstanceId = sending.getProcessInstanceId();
    management.executeJob(sending.getId());
    driver.deliver();
    return history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
  }

  private String digestsSent(HistoricProcessInstance instance) {
    return (String) history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("digestsSent").singleResult().getValue();
  }

  @Test
  void everyHourTheDueDigestsGoOutAndTheTimerWaitsForTheNext() {
    HistoricProcessInstance morning = runAt("2027-01-05T00:00:00Z"); // 07.00 WIB
    assertThat(morning.getState()).isEqualTo("COMPLETED");
    assertThat(morning.getEndActivityId()).isEqualTo("digestsSent");
    // WIB's digests, and (no check ran at 07.00 WITA and WIT this day) Kalsel's and Papua's within their catch-up
    assertThat(digestsSent(morning).split(",")).contains("sumsel", "jatim", "nasional", "kalsel", "papua");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM daily_digest WHERE digest_key IN ('sumsel', 'nasional') "
        + "AND digest_date = DATE '2027-01-05'").query(Integer.class).single()).isEqualTo(2);
    Job next = management.createJobQuery().processDefinitionKey("daily-digest").timers().singleResult();
    assertThat(next.getDuedate()).isEqualTo(Date.from(Instant.parse("2027-01-05T01:00:00Z")));

    HistoricProcessInstance noon = runAt("2027-01-05T05:00:00Z"); // 12.00 WIB, 13.00 WITA, 14.00 WIT
    assertThat(noon.getState()).isEqualTo("COMPLETED");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(noon.getId())
        .variableName("digestsSent").singleResult().getValue()).isIn("", null);
  }
}
