package id.siagahumas.registry;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The letter data of the units ({@code unit_letter}), read when a letter is composed. */
@Repository
public class UnitLetters {

  private final JdbcClient jdbc;

  public UnitLetters(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<UnitLetter> of(String unitCode) {
    return jdbc.sql("SELECT unit_code, letterhead_name, address, phone, email, head_title, head_name, head_nip, "
        + "number_format FROM unit_letter WHERE unit_code = ?").param(unitCode)
        .query((rs, n) -> new UnitLetter(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
        .optional();
  }
}
