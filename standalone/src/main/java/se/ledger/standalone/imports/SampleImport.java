package se.ledger.standalone.imports;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.ledger.imports.ImportRequest;
import se.ledger.imports.ImportSummary;
import se.ledger.imports.PlanImporter;

/** A ledger started on an empty data directory shows a real plan: the Vaggeryd sample. */
@Component
@EnableConfigurationProperties(SampleImportProperties.class)
class SampleImport implements ApplicationRunner {

    static final String FILE = "vaggeryd-verksamhetsplan-2022-augusti.tsv";
    static final String ORGANISATION = "Vaggeryds kommun";
    static final int YEAR = 2022;

    private static final Logger log = LoggerFactory.getLogger(SampleImport.class);

    private final SampleImportProperties properties;
    private final PlanImporter importer;
    private final JdbcClient jdbc;

    SampleImport(SampleImportProperties properties, PlanImporter importer, JdbcClient jdbc) {
        this.properties = properties;
        this.importer = importer;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.importSample() || !eventStoreIsEmpty()) {
            return;
        }
        byte[] content;
        try (InputStream in = SampleImport.class.getResourceAsStream("/imports/" + FILE)) {
            content = in.readAllBytes();
        }
        ImportSummary summary;
        try {
            summary = importer.importFile(new ImportRequest(FILE, content, null, ORGANISATION, YEAR, false));
        } catch (RuntimeException e) {
            // a demo convenience: the ledger itself works without it
            log.warn("Could not import the sample plan {}; the ledger starts empty", FILE, e);
            return;
        }
        log.info("Empty event store: imported the sample plan {} ({} goals, {} activities, {} events) from {};"
                        + " --ledger.import-sample=false turns this off", String.join(", ", summary.planIds()),
                summary.counts().goals(), summary.counts().activities(), summary.events(), FILE);
    }

    /** The standalone ledger keeps its events in PostgreSQL, so the table answers directly. */
    private boolean eventStoreIsEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM public.domainevententry)").query(Boolean.class).single();
    }
}
