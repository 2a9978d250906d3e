package se.ledger.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * A ledger process: scans all of {@code se.ledger} on its classpath except the other processes'
 * entry points, so the standalone jar picks up both sides without their main classes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = "se.ledger", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = LedgerApplication.class),
        // as @SpringBootApplication: a test's @TestConfiguration stays in the tests that import it
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class)})
public @interface LedgerApplication {
}
