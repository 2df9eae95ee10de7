package id.siagahumas.registry;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;

/** Reads a registry CSV from the classpath: header row, '#' comment lines allowed. */
final class CsvResource {

  private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.ALLOW_COMMENTS)
      .enable(CsvParser.Feature.TRIM_SPACES);

  private CsvResource() {
  }

  static List<Map<String, String>> rows(String path) {
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
    try (InputStream in = new ClassPathResource(path).getInputStream();
        MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class).with(schema).readValues(in)) {
      return it.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read registry file " + path, e);
    }
  }
}
