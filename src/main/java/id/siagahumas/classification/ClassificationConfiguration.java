package id.siagahumas.classification;

import id.siagahumas.registry.UnitRegistry;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The classifier is plain Java (testable without Spring); here it gets the unit registry. */
@Configuration
class ClassificationConfiguration {

  @Bean
  StoryClassifier storyClassifier(UnitRegistry registry) {
    return new StoryClassifier(List.copyOf(registry.units()));
  }
}
