package se.ledger.standalone;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import se.ledger.plan.query.WebAwareFixture;
import se.ledger.plan.query.web.ProjectionAwareFixture;

/**
 * Every package of the ledger on one classpath, as in the standalone jar. That the two sides never
 * import each other the Maven modules already ensure; these rules hold inside the modules, and each
 * is shown to fail on a test class written to break it.
 */
class BoundariesTest {

    /**
     * No package cycles: each package can be understood (and moved) from below. Platform counts as
     * one package: its input checks answer with platform's own problem types, and it answers theirs.
     */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("se.ledger.(**)").should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("se.ledger.platform.input"), resideInAPackage("se.ledger.platform"));

    /** A read goes web → query message → projection; the projection never calls back up. */
    static final ArchRule READ_LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Read API").definedBy("se.ledger.plan.query.web..")
            .layer("Query messages").definedBy("se.ledger.plan.query.api..")
            .layer("Projection").definedBy("se.ledger.plan.query", "se.ledger.query..")
            .whereLayer("Read API").mayNotBeAccessedByAnyLayer()
            .whereLayer("Query messages").mayNotAccessAnyLayer()
            .whereLayer("Projection").mayOnlyBeAccessedByLayers("Read API");

    // imported once for all rules: reading the classpath is most of this test's time
    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("se.ledger");

    @Test
    void noPackageDependsOnItselfInACircle() {
        NO_PACKAGE_CYCLES.check(classes);
    }

    @Test
    void readsGoFromTheWebThroughQueryMessagesToTheProjection() {
        READ_LAYERS.check(classes);
    }

    @Test
    void controllersReachTheProjectionOnlyThroughTheQueryGateway() {
        noClasses().that().resideInAPackage("se.ledger.plan.query.web..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Facts")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Queries")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Store")
                .check(classes);
    }

    @Test
    void thePackageRulesFailOnClassesThatBreakThem() {
        var breakers = new ClassFileImporter().importClasses(WebAwareFixture.class, ProjectionAwareFixture.class);
        assertThatThrownBy(() -> NO_PACKAGE_CYCLES.check(breakers)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
        assertThatThrownBy(() -> READ_LAYERS.check(breakers)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(WebAwareFixture.class.getName());
    }
}
