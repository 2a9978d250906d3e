package se.ledger.standalone;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Both sides on one classpath, as in the standalone jar: neither may reach into the other. */
class BoundariesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("se.ledger");

    @Test
    void theQuerySideNeverImportsTheCommandSide() {
        noClasses().that().resideInAnyPackage("se.ledger.query..", "se.ledger..query..")
                .should().dependOnClassesThat().resideInAnyPackage("se.ledger.command..", "se.ledger.plan.command..",
                        "se.ledger.goal..", "se.ledger.indicator..", "se.ledger.activity..", "se.ledger.plan.web..",
                        "se.ledger.imports..")
                .check(classes);
    }

    @Test
    void theCommandSideNeverImportsTheQuerySide() {
        noClasses().that().resideInAnyPackage("se.ledger.command..", "se.ledger.plan.command..", "se.ledger.plan.web..",
                        "se.ledger.goal..", "se.ledger.indicator..", "se.ledger.activity..", "se.ledger.imports..")
                .should().dependOnClassesThat().resideInAnyPackage("se.ledger.query..", "se.ledger.plan.query..")
                .check(classes);
    }

    @Test
    void controllersReachTheProjectionOnlyThroughTheQueryGateway() {
        noClasses().that().resideInAPackage("se.ledger.plan.query.web..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Facts")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Queries")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Store")
                .check(classes);
    }
}
