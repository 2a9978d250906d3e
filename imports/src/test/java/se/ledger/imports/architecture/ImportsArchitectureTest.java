package se.ledger.imports.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The importer is a client of the command side's API: it sends commands, as the web layer does. */
class ImportsArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.ledger.imports");
    }

    @Test
    void theImporterNeverReachesIntoAnAggregate() {
        noClasses().that().resideInAPackage("se.ledger.imports..")
                .should().dependOnClassesThat().areAnnotatedWith(Aggregate.class)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Aggregate")
                .check(classes);
    }

    @Test
    void theImporterUsesNoneOfTheCommandSidesControllers() {
        noClasses().that().resideInAPackage("se.ledger.imports..")
                .should().dependOnClassesThat().resideInAnyPackage("se.ledger.command.web..", "se.ledger.plan.web..",
                        "se.ledger.goal.web..", "se.ledger.indicator.web..", "se.ledger.activity.web..")
                .check(classes);
    }
}
