package id.siagahumas.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code story}. */
@Repository
public class StoryRepository {

  private static final String COLUMNS = "story_id, case_id, url, canonical_url, outlet, reach, title, body, "
      + "published_at, received_at, unit_code, categories, negative, source, status, unit_name";

  private final JdbcClient jdbc;

  public StoryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(Story s, String submittedBy) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO story (case_id, url, canonical_url, url_hash, outlet, reach, title, body, published_at, "
            + "received_at, unit_code, categories, negative, source, status, submitted_by, unit_name) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        .params(s.caseId(), s.url(), s.canonicalUrl(), UrlCanonicalizer.hash(s.canonicalUrl()), s.outlet(), s.reach(),
            s.title(), s.body(), utc(s.publishedAt()), utc(s.receivedAt()), s.unitCode(),
            String.join(",", s.categories()), s.negative(), s.source(), s.status(), submittedBy, s.unitName())
        .update(keys, "story_id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public Optional<Story> findByCanonicalUrl(String canonicalUrl) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM story WHERE url_hash = ?")
        .param(UrlCanonicalizer.hash(canonicalUrl)).query(StoryRepository::map).optional();
  }

  public Optional<Story> find(long storyId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM story WHERE story_id = ?").param(storyId)
        .query(StoryRepository::map).optional();
  }

  public List<Story> ofCase(String caseId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM story WHERE case_id = ? ORDER BY published_at, story_id")
        .param(caseId).query(StoryRepository::map).list();
  }

  /** The latest stories of a case, newest first, at most {@code limit}. */
  public List<Story> latestOfCase(String caseId, int limit) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM story WHERE case_id = ? ORDER BY published_at DESC, story_id DESC "
            + "FETCH FIRST " + limit + " ROWS ONLY")
        .param(caseId).query(StoryRepository::map).list();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Story map(ResultSet rs, int row) throws SQLException {
    String categories = rs.getString("categories");
    return new Story(rs.getLong("story_id"), rs.getString("case_id"), rs.getString("url"),
        rs.getString("canonical_url"), rs.getString("outlet"), rs.getString("reach"), rs.getString("title"),
        rs.getString("body"), rs.getObject("published_at", OffsetDateTime.class).toInstant(),
        rs.getObject("received_at", OffsetDateTime.class).toInstant(), rs.getString("unit_code"),
        categories.isEmpty() ? List.of() : Arrays.asList(categories.split(",")), rs.getBoolean("negative"),
        rs.getString("source"), rs.getString("status"), rs.getString("unit_name"));
  }
}
