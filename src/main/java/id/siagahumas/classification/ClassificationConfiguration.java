package id.siagahumas.classification;

import id.siagahumas.registry.UnitAliases;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The classifier is plain Java (testable without Spring); here it gets the unit registry. */
@Configuration
class ClassificationConfiguration {

  @Bean
  StoryClassifier storyClassifier(UnitAliases aliases) {
    // The registry's units with the aliases humas-pusat saved at assignUnit (a node learns the aliases saved
    // on another node when it starts).
    return new StoryClassifier(aliases.units());
  }
}
