package se.ledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Features talk to each other only through the command gateway, never by importing each other;
 * a write goes web → commands → aggregate, never back up. Each rule is also run against a class
 * that breaks it ({@link ArchitectureRulesCanFailTest}), so none passes vacuously.
 */
class CommandSideArchitectureTest {

    static final ArchRule FEATURES_APART = slices().matching("se.ledger.(plan|goal|indicator|activity)..")
            .should().notDependOnEachOther();

    static final ArchRule AGGREGATES_WITHOUT_WEB = noClasses().that().resideInAPackage("..command..")
            .and().resideOutsideOfPackage("se.ledger.command.web..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "org.springframework.web..", "jakarta.servlet..");

    /** Only dependencies between these packages count: the importer has its own rules. */
    static final ArchRule WRITE_LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Feature web").definedBy("se.ledger.activity.web..", "se.ledger.goal.web..",
                    "se.ledger.indicator.web..", "se.ledger.plan.web..")
            .layer("Shared web").definedBy("se.ledger.command.web..")
            .layer("Feature commands").definedBy("se.ledger.activity.command..", "se.ledger.goal.command..",
                    "se.ledger.indicator.command..", "se.ledger.plan.command..")
            .layer("Shared commands").definedBy("se.ledger.command")
            .whereLayer("Feature web").mayNotBeAccessedByAnyLayer()
            .whereLayer("Shared web").mayOnlyBeAccessedByLayers("Feature web")
            .whereLayer("Feature commands").mayOnlyBeAccessedByLayers("Feature web")
            .whereLayer("Shared commands").mayOnlyBeAccessedByLayers("Feature web", "Shared web", "Feature commands");

    /** A controller sends commands; an aggregate is loaded by Axon alone, in its own unit of work. */
    static final ArchRule CONTROLLERS_WITHOUT_AGGREGATES = noClasses().that().resideInAPackage("se.ledger..web..")
            .should().dependOnClassesThat().areAnnotatedWith(Aggregate.class);

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.ledger");
    }

    @Test
    void featuresDoNotDependOnEachOther() {
        FEATURES_APART.check(classes);
    }

    @Test
    void aggregatesKnowNothingOfTheWeb() {
        AGGREGATES_WITHOUT_WEB.check(classes);
    }

    @Test
    void writesGoFromTheWebThroughTheCommandsAndNeverBackUp() {
        WRITE_LAYERS.check(classes);
    }

    @Test
    void controllersNeverTouchAnAggregate() {
        CONTROLLERS_WITHOUT_AGGREGATES.check(classes);
    }
}
