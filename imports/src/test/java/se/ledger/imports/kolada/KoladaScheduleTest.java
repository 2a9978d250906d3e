package se.ledger.imports.kolada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/** The schedule imports every connected plan; one plan's failure leaves the others to run. */
class KoladaScheduleTest {

    @Test
    void aFailingPlanDoesNotStopTheNext() {
        var imports = mock(KoladaImport.class);
        when(imports.connectedPlans()).thenReturn(List.of("p1", "p2"));
        when(imports.importPlan("p1")).thenThrow(new KoladaFailure(KoladaFailure.Kind.UNREACHABLE, "http://x",
                "Kolada kunde inte nås."));
        when(imports.importPlan("p2")).thenReturn(KoladaImportSummary.of("p2", Instant.EPOCH, List.of(), null));
        new KoladaSchedule(imports).run();
        verify(imports).importPlan("p2");
    }

    @Test
    void theScheduleIsOffUnlessConfigured() throws NoSuchMethodException {
        var cron = KoladaSchedule.class.getDeclaredMethod("run").getAnnotation(Scheduled.class).cron();
        assertThat(cron).isEqualTo("${ledger.kolada.schedule:-}");
    }
}
