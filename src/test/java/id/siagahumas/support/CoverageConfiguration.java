package id.siagahumas.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Process test classes must cover every flow node and sequence flow of the models they drive. */
@TestConfiguration
public class CoverageConfiguration {

  /**
   * Primary: the imported ProcessEngineCoverageConfiguration registers its own default properties as well (its
   * {@code @ConditionalOnMissingBean} is evaluated before this bean exists), and the coverage listener, finding two,
   * silently fell back to the defaults: no inclusion pattern, no report directory and no assertion of 1.0.
   */
  @Bean
  @Primary
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    ProcessEngineCoverageProperties.Builder coverage = ProcessEngineCoverageProperties.Companion.builder()
        .addInclusionPatternForTestClasses("id.siagahumas.process.*ProcessTest")
        .assertClassCoverageAtLeast(1.0);
    if (TestDatabase.postgres()) {
      // The PostgreSQL run of the same classes writes its reports beside the H2 run's, not over them.
      coverage.reportDirectory("target/process-test-coverage-postgres");
    }
    return coverage.build();
  }
}
