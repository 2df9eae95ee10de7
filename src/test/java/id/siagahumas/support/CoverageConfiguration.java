package id.siagahumas.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Process test classes must cover every flow node and sequence flow of the models they drive. */
@TestConfiguration
public class CoverageConfiguration {

  @Bean
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.Companion.builder()
        .addInclusionPatternForTestClasses("id.siagahumas.process.*ProcessTest")
        .assertClassCoverageAtLeast(1.0)
        .build();
  }
}
