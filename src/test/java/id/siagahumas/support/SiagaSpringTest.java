package id.siagahumas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application on in-memory H2 with the demo users, shared by every Spring test class (one
 * context, started once), with process test coverage recorded. With {@code -Dsiaga.test.database=postgres}
 * (Maven profile {@code postgres-tests}) it runs on a fresh PostgreSQL database instead ({@link TestDatabase}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = {TestDatabase.class, WebhookReceiver.class})
@Import({ProcessEngineCoverageConfiguration.class, CoverageConfiguration.class, TestMailConfiguration.class})
@TestExecutionListeners(value = {UncountedClassesCoverage.class, ProcessEngineCoverageTestExecutionListener.class},
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface SiagaSpringTest {
}
