package se.ledger.events;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/**
 * The event contract is read by every side and kept for ever in the event store: plain values with
 * Jackson's annotations and Axon's {@code @Revision}, nothing else that the module's dependencies
 * happen to bring along (the rest of Axon, Jackson's databind, …).
 */
class EventDependenciesTest {

    static final ArchRule PLAIN_VALUES = classes().that().resideInAPackage("se.ledger.events..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "se.ledger.events..",
                    "com.fasterxml.jackson.annotation..").or(belongToAnyOf(Revision.class)));

    /** Breaks the rule on purpose: an event carrying a parsed JSON tree. */
    record TreeCarryingEvent(JsonNode payload) {
    }

    @Test
    void eventsDependOnNothingButJacksonAnnotationsAndAxonRevisions() {
        PLAIN_VALUES.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.ledger.events"));
    }

    @Test
    void anEventCarryingADatabindTypeFails() {
        var fixture = new ClassFileImporter().importClasses(TreeCarryingEvent.class);
        assertThatThrownBy(() -> PLAIN_VALUES.check(fixture)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(JsonNode.class.getName());
    }
}
