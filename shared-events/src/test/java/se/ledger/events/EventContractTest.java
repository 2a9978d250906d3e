package se.ledger.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The events are the public contract: plain records, stable names, nothing of the framework around them. */
class EventContractTest {

    private static JavaClasses events;

    @BeforeAll
    static void importEvents() {
        events = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.ledger.events");
    }

    @Test
    void eventsDependOnNothingOfOursNorSpringNorJpa() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "se.ledger.command..", "se.ledger.query..",
                        "se.ledger.platform..", "se.ledger.standalone..")
                .check(events);
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "se.ledger.events..", "com.fasterxml.jackson.annotation..")
                .orShould().dependOnClassesThat().areAssignableTo(Revision.class)
                .check(events);
    }

    @Test
    void everyEventIsAPastTenseRecordWithStableNameAndRevision() {
        classes().that().implement(LedgerEvent.class)
                .should().beRecords()
                .andShould().beAnnotatedWith(Revision.class)
                .andShould().beAnnotatedWith(JsonTypeName.class)
                .andShould().haveSimpleNameEndingWith("ed")
                .check(events);
    }

    @Test
    void onlyEventsCarryStableNames() {
        classes().that().areAnnotatedWith(JsonTypeName.class)
                .should().implement(LedgerEvent.class)
                .check(events);
    }

    @Test
    void valueTypesCarryCodesNotWords() {
        noFields().that().areDeclaredInClassesThat().areEnums().should().haveRawType(String.class)
                .because("labels, symbols and colours are the web layer's (ledger-labels.properties)")
                .check(events);
    }
}
