package se.ledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Features talk to each other only through the command gateway, never by importing each other. */
class CommandSideArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.ledger");
    }

    @Test
    void featuresDoNotDependOnEachOther() {
        slices().matching("se.ledger.(plan|goal|indicator|activity)..").should().notDependOnEachOther()
                .check(classes);
    }

    @Test
    void aggregatesKnowNothingOfTheWeb() {
        noClasses().that().resideInAPackage("..command..").and().resideOutsideOfPackage("se.ledger.command.web..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "org.springframework.web..",
                        "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void theCommandSideKnowsNothingOfTheQuerySide() {
        noClasses().should().dependOnClassesThat().resideInAPackage("se.ledger.query..").check(classes);
    }
}
