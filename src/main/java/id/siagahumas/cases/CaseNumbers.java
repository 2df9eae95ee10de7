package id.siagahumas.cases;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/** Issues case numbers {@code KRS-<year>-<6 digits>} from a database sequence, safe across a cluster. */
@Component
public class CaseNumbers {

  private final DataFieldMaxValueIncrementer sequence;
  private final Clock clock;

  public CaseNumbers(DataSource dataSource, Clock clock) throws MetaDataAccessException {
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getDatabaseProductName());
    this.sequence = product.toLowerCase().contains("postgres")
        ? new PostgresSequenceMaxValueIncrementer(dataSource, "case_number_seq")
        : new H2SequenceMaxValueIncrementer(dataSource, "case_number_seq");
    this.clock = clock;
  }

  public String next() {
    int year = Year.now(clock.withZone(ZoneOffset.UTC)).getValue();
    return "KRS-%d-%06d".formatted(year, sequence.nextLongValue() % 1_000_000);
  }
}
