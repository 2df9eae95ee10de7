package id.siagahumas.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import id.siagahumas.security.CaseScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code crisis_case}. */
@Repository
public class CaseRepository {

  private static final String COLUMNS = "case_id, process_instance_id, unit_code, region, severity, categories, "
      + "status, sla_breached, opened_at, last_story_at, closed_at, closing_reason, unit_name";

  private final JdbcClient jdbc;

  public CaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(CaseRecord c) {
    jdbc.sql("INSERT INTO crisis_case (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
        .params(c.caseId(), c.processInstanceId(), c.unitCode(), c.region(), c.severity(), c.categories(),
            c.status(), c.slaBreached(), c.openedAt(), c.lastStoryAt(), c.closedAt(), c.closingReason(),
            c.unitName())
        .update();
  }

  public Optional<CaseRecord> find(String caseId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM crisis_case WHERE case_id = ?").param(caseId)
        .query(CaseRepository::map).optional();
  }

  /** Open cases of a unit whose latest story is not older than {@code since}: the grouping candidates. */
  public List<CaseRecord> openCasesOfUnitSince(String unitCode, Instant since) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM crisis_case WHERE status = 'OPEN' AND unit_code = ? "
            + "AND last_story_at >= ? ORDER BY last_story_at DESC")
        .params(unitCode, utc(since)).query(CaseRepository::map).list();
  }

  /**
   * Open cases of a unit named (not registered) {@code unitName} whose latest story is not older than
   * {@code since}: the grouping candidates of a story whose unit is not in the registry.
   */
  public List<CaseRecord> openCasesOfUnitNameSince(String unitName, Instant since) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM crisis_case WHERE status = 'OPEN' AND unit_name = ? "
            + "AND last_story_at >= ? ORDER BY last_story_at DESC")
        .params(unitName, utc(since)).query(CaseRepository::map).list();
  }

  public void setProcessInstance(String caseId, String processInstanceId) {
    jdbc.sql("UPDATE crisis_case SET process_instance_id = ? WHERE case_id = ?").params(processInstanceId, caseId)
        .update();
  }

  public void updateAssessment(String caseId, String severity, String categories) {
    jdbc.sql("UPDATE crisis_case SET severity = ?, categories = ? WHERE case_id = ?")
        .params(severity, categories, caseId).update();
  }

  /** Records the approval level of the case's current severity (DMN output {@code approvalLevel}). */
  public void updateApprovalLevel(String caseId, String approvalLevel) {
    jdbc.sql("UPDATE crisis_case SET approval_level = ? WHERE case_id = ?").params(approvalLevel, caseId).update();
  }

  public Optional<String> approvalLevel(String caseId) {
    return jdbc.sql("SELECT approval_level FROM crisis_case WHERE case_id = ?").param(caseId).query(String.class)
        .optional();
  }

  public void updateUnit(String caseId, String unitCode, String region) {
    jdbc.sql("UPDATE crisis_case SET unit_code = ?, region = ? WHERE case_id = ?")
        .params(unitCode, region, caseId).update();
  }

  public void touchLastStory(String caseId, Instant publishedAt) {
    jdbc.sql("UPDATE crisis_case SET last_story_at = ? WHERE case_id = ? AND last_story_at < ?")
        .params(utc(publishedAt), caseId, utc(publishedAt)).update();
  }

  public void markSlaBreached(String caseId) {
    jdbc.sql("UPDATE crisis_case SET sla_breached = TRUE WHERE case_id = ?").param(caseId).update();
  }

  public void recordClosingReason(String caseId, String reason) {
    jdbc.sql("UPDATE crisis_case SET closing_reason = ? WHERE case_id = ?").params(reason, caseId).update();
  }

  public void close(String caseId, Instant at) {
    jdbc.sql("UPDATE crisis_case SET status = 'CLOSED', closed_at = ? WHERE case_id = ?").params(utc(at), caseId)
        .update();
  }

  /** A page of cases matching the filter, newest first; the filter values are bound, never concatenated. */
  public CasePage list(CaseFilter filter, CaseScope scope) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    java.util.List<Object> params = new java.util.ArrayList<>();
    where.append(scopeCondition(scope, "c", params));
    if (filter.status() != null) {
      where.append(" AND c.status = ?");
      params.add(filter.status());
    }
    if (filter.severity() != null) {
      where.append(" AND c.severity = ?");
      params.add(filter.severity().name());
    }
    if (filter.region() != null) {
      where.append(" AND c.region = ?");
      params.add(filter.region());
    }
    if (filter.unit() != null) {
      where.append(" AND c.unit_code = ?");
      params.add(filter.unit());
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM crisis_case c" + where).params(params).query(Long.class).single();
    java.util.List<Object> pageParams = new java.util.ArrayList<>(params);
    pageParams.add(filter.sizeOrDefault());
    pageParams.add((long) filter.pageOrDefault() * filter.sizeOrDefault());
    java.util.List<CaseSummary> items = jdbc.sql("SELECT c.*, "
            + "(SELECT s.title FROM story s WHERE s.case_id = c.case_id ORDER BY s.published_at, s.story_id "
            + "FETCH FIRST 1 ROWS ONLY) AS title, "
            + "(SELECT COUNT(*) FROM story s WHERE s.case_id = c.case_id) AS stories "
            + "FROM crisis_case c" + where + " ORDER BY c.opened_at DESC, c.case_id DESC LIMIT ? OFFSET ?")
        .params(pageParams)
        .query((rs, row) -> new CaseSummary(rs.getString("case_id"), rs.getString("status"),
            rs.getString("severity"), java.util.List.of(rs.getString("categories").split(",")),
            rs.getString("unit_code"), rs.getString("region"), rs.getBoolean("sla_breached"),
            instant(rs.getObject("opened_at", OffsetDateTime.class)),
            instant(rs.getObject("last_story_at", OffsetDateTime.class)),
            instant(rs.getObject("closed_at", OffsetDateTime.class)), rs.getString("title"), rs.getInt("stories")))
        .list();
    return new CasePage(items, filter.pageOrDefault(), filter.sizeOrDefault(), total);
  }

  /**
   * {@code " AND (...)"} limiting rows of {@code crisis_case} (under {@code alias}) to the scope, its values added to
   * {@code params} (bound, never concatenated); empty for a national scope.
   */
  public static String scopeCondition(CaseScope scope, String alias, java.util.List<Object> params) {
    if (scope.all()) {
      return "";
    }
    StringBuilder where = new StringBuilder(" AND (1 = 0");
    for (String unit : scope.units()) {
      where.append(" OR ").append(alias).append(".unit_code = ?");
      params.add(unit);
    }
    for (String region : scope.regions()) {
      where.append(" OR ").append(alias).append(".region = ?");
      params.add(region);
    }
    return where.append(")").toString();
  }

  /**
   * The open cases in the scope (and region, when given) with their first story's title and how many distinct
   * outlets carried them: the rows of the case board.
   */
  public java.util.List<OpenCase> openCases(CaseScope scope, String region) {
    java.util.List<Object> params = new java.util.ArrayList<>();
    String where = " WHERE c.status = 'OPEN'" + scopeCondition(scope, "c", params);
    if (region != null) {
      where += " AND c.region = ?";
      params.add(region);
    }
    return jdbc.sql("SELECT c.case_id, c.process_instance_id, c.unit_code, c.unit_name, c.region, c.severity, "
            + "c.categories, c.sla_breached, c.opened_at, "
            + "(SELECT s.title FROM story s WHERE s.case_id = c.case_id ORDER BY s.published_at, s.story_id "
            + "FETCH FIRST 1 ROWS ONLY) AS title, "
            + "(SELECT COUNT(DISTINCT s.outlet) FROM story s WHERE s.case_id = c.case_id) AS outlets "
            + "FROM crisis_case c" + where + " ORDER BY c.opened_at, c.case_id")
        .params(params)
        .query((rs, row) -> new OpenCase(rs.getString("case_id"), rs.getString("process_instance_id"),
            rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("region"), rs.getString("severity"),
            java.util.List.of(rs.getString("categories").split(",")), rs.getBoolean("sla_breached"),
            instant(rs.getObject("opened_at", OffsetDateTime.class)), rs.getString("title"), rs.getInt("outlets")))
        .list();
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static CaseRecord map(ResultSet rs, int row) throws SQLException {
    return new CaseRecord(rs.getString("case_id"), rs.getString("process_instance_id"), rs.getString("unit_code"),
        rs.getString("region"), rs.getString("severity"), rs.getString("categories"), rs.getString("status"),
        rs.getBoolean("sla_breached"), rs.getObject("opened_at", OffsetDateTime.class),
        rs.getObject("last_story_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class),
        rs.getString("closing_reason"), rs.getString("unit_name"));
  }
}
