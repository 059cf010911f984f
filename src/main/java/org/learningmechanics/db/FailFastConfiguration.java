package org.learningmechanics.db;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Puts {@link FailFastDataSource} in front of the application's data source, embedded or external alike. */
@Configuration(proxyBeanMethods = false)
class FailFastConfiguration {

    @Bean
    static BeanPostProcessor failFastDataSource(Environment environment) {
        Duration pause = environment.getProperty("learningmechanics.database.outage-pause", Duration.class,
                Duration.ofSeconds(5));
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && !(bean instanceof FailFastDataSource)
                        ? new FailFastDataSource(dataSource, pause) : bean;
            }
        };
    }
}
