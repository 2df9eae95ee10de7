package id.siagahumas.classification;

import id.siagahumas.registry.RegistryChanged;
import id.siagahumas.registry.UnitAliases;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The classifier is plain Java (testable without Spring); here it gets the unit registry and its changes. */
@Configuration
class ClassificationConfiguration {

  private final UnitAliases aliases;

  ClassificationConfiguration(UnitAliases aliases) {
    this.aliases = aliases;
  }

  @Bean
  StoryClassifier storyClassifier() {
    // The registry's units with the aliases humas-pusat saved at assignUnit.
    return new StoryClassifier(aliases.units());
  }

  /** A unit added or renamed, or an alias saved, on this node or another: read unit names with it from now. */
  @EventListener
  void registryChanged(RegistryChanged changed) {
    storyClassifier().useUnits(aliases.units());
  }
}
