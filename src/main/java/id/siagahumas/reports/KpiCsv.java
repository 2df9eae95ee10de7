package id.siagahumas.reports;

import java.util.Locale;

/** The KPI table as CSV (comma-separated, decimal point, UTF-8), one line per unit and a total line. */
public final class KpiCsv {

  private KpiCsv() {
  }

  public static String of(KpiReport report) {
    StringBuilder csv = new StringBuilder("kode_satker,satker,wilayah,kasus,terverifikasi,median_menit_verifikasi,"
        + "terbit,median_menit_terbit,diputus_tenggat,tepat_waktu,porsi_tepat_waktu,salah_deteksi\n");
    for (UnitKpi u : report.units()) {
      line(csv, u);
    }
    line(csv, report.total());
    return csv.toString();
  }

  private static void line(StringBuilder csv, UnitKpi u) {
    csv.append(field(u.unitCode())).append(',').append(field(u.unitName())).append(',').append(field(u.region()))
        .append(',').append(u.cases()).append(',').append(u.verified()).append(',')
        .append(number(u.medianMinutesToVerify())).append(',').append(u.published()).append(',')
        .append(number(u.medianMinutesToPublish())).append(',').append(u.decided()).append(',')
        .append(u.withinDeadline()).append(',').append(number(u.shareWithinDeadline())).append(',')
        .append(u.falseAlarms()).append('\n');
  }

  private static String number(Double value) {
    return value == null ? "" : String.format(Locale.ROOT, "%s", value);
  }

  /** Quoted when it holds a comma, quote or line break; a leading formula sign is neutralised for spreadsheets. */
  static String field(String value) {
    if (value == null) {
      return "";
    }
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    // any comma, quote or line break anywhere (a regex "." would stop at the first line break)
    return v.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n') || !v.equals(value) ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }
}
