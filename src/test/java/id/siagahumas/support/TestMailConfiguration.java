package id.siagahumas.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;

/** Wraps the real mail sender so a test can make one send fail (a fault injector around real SMTP). */
@TestConfiguration
public class TestMailConfiguration {

  @Bean
  static BeanPostProcessor faultInjectingMailSender() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof JavaMailSender sender && !(bean instanceof FaultInjectingMailSender)
            ? new FaultInjectingMailSender(sender) : bean;
      }
    };
  }
}
