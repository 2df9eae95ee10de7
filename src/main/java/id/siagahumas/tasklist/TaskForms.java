package id.siagahumas.tasklist;

import com.samskivert.mustache.Mustache;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samskivert.mustache.Template;
import id.siagahumas.registry.UnitRegistry;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the embedded Tasklist forms of bpmn/forms ({@code embedded:app:forms/<name>.html}). Each form
 * includes the shared case header ({@code [[> case-header]]}) and may list registry data (the units of
 * assignUnit). Mustache runs with {@code [[ ]]} delimiters, so Angular's {@code {{ }}} bindings, which show
 * the case's data as text, pass through untouched. Forms are templates without case data: like Tasklist's
 * own pages, they are served without login; the data comes through the engine API, with the user's rights.
 */
@RestController
class TaskForms {

  private final Mustache.Compiler compiler = Mustache.compiler().withDelims("[[ ]]")
      .withLoader(name -> reader("forms/" + name + ".partial.html"));
  private final Map<String, Template> forms = new ConcurrentHashMap<>();
  private final Map<String, Object> registry;

  TaskForms(UnitRegistry units) {
    this.registry = Map.of("units", units.units(), "labels", labelsJson());
  }

  @GetMapping(path = "/forms/{name:[a-z][a-z-]{0,60}}.html", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> form(@PathVariable String name) {
    if (!new ClassPathResource("forms/" + name + ".html").exists()) {
      return ResponseEntity.notFound().build();
    }
    Template form = forms.computeIfAbsent(name, n -> {
      try (Reader reader = reader("forms/" + n + ".html")) {
        return compiler.compile(reader);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return ResponseEntity.ok(form.execute(registry));
  }

  /** The label table as a JavaScript object literal for the forms' script; no {@code <}, {@code {{} or {@code }}}. */
  private static String labelsJson() {
    try {
      return new ObjectMapper().writeValueAsString(Labels.ALL).replace("<", "\\u003c")
          .replace("}}", "} }").replace("{{", "{ {"); // never Angular's interpolation marks
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Reader reader(String path) {
    try {
      return new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Form " + path + " is missing", e);
    }
  }
}
