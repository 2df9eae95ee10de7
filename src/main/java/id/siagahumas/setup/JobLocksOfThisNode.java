package id.siagahumas.setup;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Jobs a crashed node had taken are worked again as soon as that node is back, not when their locks expire
 * (5 minutes): the job executor locks jobs under the node's stable name ({@code siaga.node-id}) instead of a
 * new random one per start, and before it starts, the node releases the locks still held under its name, which
 * only a process of it that died can have left. On the embedded H2 file, which one process opens at a time, every
 * lock left in it is such a leftover.
 *
 * <p>Every node of a cluster needs its own {@code siaga.node-id}; the default, host name and port, is one.
 */
@Component
public class JobLocksOfThisNode extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(JobLocksOfThisNode.class);

  private final String nodeId;

  public JobLocksOfThisNode(@Value("${siaga.node-id:}") String nodeId, @Value("${server.port:8080}") String port) {
    this.nodeId = nodeId.isBlank() ? hostName() + ":" + port : nodeId.strip();
  }

  public String nodeId() {
    return nodeId;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getJobExecutor() != null) {
      configuration.getJobExecutor().setLockOwner(nodeId);
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    // The engine has no API to release a lock; its job table is updated directly, before the executor starts.
    try (Connection connection = configuration.getDataSource().getConnection()) {
      boolean embedded = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
      String sql = "UPDATE ACT_RU_JOB SET LOCK_OWNER_ = NULL, LOCK_EXP_TIME_ = NULL WHERE LOCK_OWNER_ IS NOT NULL"
          + (embedded ? "" : " AND LOCK_OWNER_ = ?");
      try (PreparedStatement release = connection.prepareStatement(sql)) {
        if (!embedded) {
          release.setString(1, nodeId);
        }
        int released = release.executeUpdate();
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
        if (released > 0) {
          log.warn("Released {} job lock(s) left by an earlier process of node '{}' (a crash): their jobs run now",
              released, nodeId);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot release the job locks of node " + nodeId, e);
    }
    log.info("Job executor of node '{}'", nodeId);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
