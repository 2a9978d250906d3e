package se.ledger.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import se.ledger.activity.command.ActivityAggregate;
import se.ledger.activity.command.PlanActivity;
import se.ledger.activity.web.AggregateTouchingFixture;
import se.ledger.command.FeatureAwareFixture;
import se.ledger.goal.command.CrossFeatureFixture;
import se.ledger.plan.command.ServletAwareFixture;

/** Each command-side rule rejects a test class written to break it: none of them holds vacuously. */
class ArchitectureRulesCanFailTest {

    private static void breaks(ArchRule rule, Class<?>... classes) {
        var imported = new ClassFileImporter().importClasses(classes);
        assertThatThrownBy(() -> rule.check(imported)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(classes[0].getName());
    }

    @Test
    void aFeatureImportingAnotherFails() {
        breaks(CommandSideArchitectureTest.FEATURES_APART, CrossFeatureFixture.class, PlanActivity.class);
    }

    @Test
    void theWriteModelReadingARequestFails() {
        breaks(CommandSideArchitectureTest.AGGREGATES_WITHOUT_WEB, ServletAwareFixture.class);
    }

    @Test
    void theSharedCommandKernelKnowingAFeatureFails() {
        breaks(CommandSideArchitectureTest.WRITE_LAYERS, FeatureAwareFixture.class, PlanActivity.class);
    }

    @Test
    void aControllerHoldingAnAggregateFails() {
        breaks(CommandSideArchitectureTest.CONTROLLERS_WITHOUT_AGGREGATES, AggregateTouchingFixture.class,
                ActivityAggregate.class);
    }
}
