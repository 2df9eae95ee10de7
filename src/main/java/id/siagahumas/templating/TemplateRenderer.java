package id.siagahumas.templating;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Fills the Mustache templates under {@code templates/} (drafts, messages). Output is plain text:
 * no HTML escaping, because letters and e-mails are text and the people reading them see them as text.
 */
@Component
public class TemplateRenderer {

  private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false).defaultValue("")
      .withLoader(name -> reader("templates/" + name + ".mustache"));
  private final Map<String, Template> cache = new ConcurrentHashMap<>();

  /** Renders {@code templates/<name>.mustache}, e.g. {@code drafts/hak-jawab}. */
  public String render(String name, Object context) {
    Template template = cache.computeIfAbsent(name, n -> {
      try (Reader reader = reader("templates/" + n + ".mustache")) {
        return compiler.compile(reader);
      } catch (IOException e) {
        throw new UncheckedIOException("Template " + n + " is missing", e);
      }
    });
    return template.execute(context);
  }

  private static Reader reader(String path) {
    try {
      return new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Template " + path + " is missing", e);
    }
  }
}
