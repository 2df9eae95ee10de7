package id.siagahumas.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.core.engine.ExclusionCheckKt;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Lets the Spring test classes that the coverage does not count ({@link CoverageConfiguration}: all but the
 * {@code *ProcessTest}s) run processes. The coverage listener leaves such a class alone, but the coverage hooks it
 * put into the shared engine stay there: before any process test class has run they fail every execution ("Coverage
 * state must be initialized"), after one they add the class's steps to that process test's figures. Before each
 * such class the hooks are pointed at a collector that drops what it is given.
 */
public class UncountedClassesCoverage implements TestExecutionListener, Ordered {

  @Override
  public void beforeTestClass(TestContext testContext) {
    ApplicationContext context = testContext.getApplicationContext();
    ProcessEngineCoverageProperties coverage = context.getBean(ProcessEngineCoverageProperties.class);
    if (ExclusionCheckKt.isExcluded(testContext.getTestClass(), coverage.getInclusionPatternsForTestClasses())) {
      new ProcessEngineAdapter(context.getBean(ProcessEngine.class), event -> { }).initializeListeners();
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE - 1;
  }
}
