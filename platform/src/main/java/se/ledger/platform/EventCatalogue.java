package se.ledger.platform;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import se.ledger.events.LedgerEvent;

/** Finds every event of the contract by its stable name; duplicate names are a build error. */
public final class EventCatalogue {

    private static final String EVENTS_PACKAGE = LedgerEvent.class.getPackageName();

    private EventCatalogue() {
    }

    public static Map<String, Class<?>> classesByName() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(JsonTypeName.class));
        Map<String, Class<?>> byName = new TreeMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(EVENTS_PACKAGE)) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), EventCatalogue.class.getClassLoader());
            String name = nameOf(type);
            Class<?> previous = byName.put(name, type);
            if (previous != null) {
                throw new IllegalStateException("Event name " + name + " used by " + previous + " and " + type);
            }
        }
        return byName;
    }

    /** The stable name an event is stored and matched under, never its Java class name. */
    public static String nameOf(Class<?> event) {
        var name = event.getAnnotation(JsonTypeName.class);
        if (name == null) {
            throw new IllegalArgumentException(event + " is not an event of the contract (no @JsonTypeName)");
        }
        return name.value();
    }
}
