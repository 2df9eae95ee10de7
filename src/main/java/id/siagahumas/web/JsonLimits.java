package id.siagahumas.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Parser limits for our API: no story needs deep nesting, long numbers or multi-megabyte strings. */
@Configuration
class JsonLimits {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer jsonReadLimits() {
    return builder -> builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(32).maxNumberLength(50).maxStringLength(1_000_000).build()));
  }
}
