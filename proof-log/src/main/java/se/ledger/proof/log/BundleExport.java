package se.ledger.proof.log;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import se.ledger.events.ReportIssued;
import se.ledger.platform.EventCatalogue;
import se.ledger.plan.query.PlanDependencies;
import se.ledger.platform.NotFound;
import se.ledger.proof.bundle.BundleEvent;
import se.ledger.proof.bundle.BundleManifest;
import se.ledger.proof.bundle.ProofBundle;
import se.ledger.proof.merkle.Hash;

/**
 * A plan's events with their proofs under one signed checkpoint: what an auditor takes home. With
 * them the events of the plans its view reads (PlanDependencies), so that the view can be rebuilt
 * from the bundle alone.
 */
@Component
public class BundleExport {

    private record Report(String id, String title, long globalIndex, Instant issuedAt, LocalDate reportDate) {
    }

    private final JdbcTemplate jdbc;
    private final LogTables tables;
    private final MerkleLog log;
    private final Checkpoints checkpoints;
    private final LedgerKey key;
    private final ProofProperties properties;
    private final Receipts receipts;
    private final PlanDependencies dependencies;
    /** The application's: it reads a stored payload into its event record as the event store wrote it. */
    private final ObjectMapper json;

    BundleExport(JdbcTemplate jdbc, LogTables tables, MerkleLog log, Checkpoints checkpoints, LedgerKey key,
            ProofProperties properties, Receipts receipts, PlanDependencies dependencies, ObjectMapper json) {
        this.json = json;
        this.receipts = receipts;
        this.dependencies = dependencies;
        this.jdbc = jdbc;
        this.tables = tables;
        this.log = log;
        this.checkpoints = checkpoints;
        this.key = key;
        this.properties = properties;
    }

    /** The plan as the report showed it, proven under the checkpoint issued with the report. */
    @Transactional(readOnly = true)
    public ProofBundle forReport(String planId, String reportId) {
        var report = report(planId, reportId);
        var leaf = tables.leafOf(report.globalIndex()).orElseThrow(() -> new NotYetLogged(reportId));
        var checkpoint = checkpoints.list(planId).stream().filter(c -> c.size() == leaf.leafIndex() + 1).findFirst()
                .orElseThrow(() -> new NotYetLogged(reportId));
        var receipt = receipts.find(planId, reportId).filter(r -> r.note() != null);
        return bundle(planId, report, report.issuedAt(), report.reportDate(), checkpoint,
                receipt.map(Receipts.Receipt::stateDigest).orElse(null), receipt.map(Receipts.Receipt::note).orElse(null));
    }

    /** The plan at any (asOf, validAt), proven under a checkpoint issued for the export. */
    @Transactional
    public ProofBundle at(String planId, Instant asOf, LocalDate validAt) {
        if (!planExists(planId)) {
            throw new NotFound("Planen", planId);
        }
        var checkpoint = checkpoints.issue(log.size(), "Bevispaket för plan " + planId, planId);
        return bundle(planId, null, asOf, validAt, checkpoint, null, null);
    }

    private ProofBundle bundle(String planId, Report report, Instant asOf, LocalDate validAt,
            Checkpoints.Issued checkpoint, String stateDigest, String receiptNote) {
        var tree = log.tree();
        var events = new ArrayList<BundleEvent>();
        var rows = planEvents(dependencies.of(planId), checkpoint.size());
        var indexes = rows.stream().map(r -> r.event().globalIndex()).toList();
        var salts = salts(indexes);
        var redacted = redacted(indexes);
        for (var row : rows) {
            var event = row.event();
            if (Instant.parse(event.recordedAt()).isAfter(asOf)) {
                continue;
            }
            events.add(new BundleEvent(row.leafIndex(), event.eventId(), event.entityKind(), event.entityId(),
                    event.sequence(), event.type(), event.revision() == null ? "" : event.revision(),
                    event.recordedAt(), event.payload(), salts.getOrDefault(event.globalIndex(), Map.of()),
                    redacted.getOrDefault(event.globalIndex(), Map.of()),
                    tree.inclusion(row.leafIndex(), checkpoint.size()).stream().map(Hash::base64).toList(),
                    event.globalIndex()));
        }
        var manifest = new BundleManifest(BundleManifest.FORMAT, properties.origin(), planId,
                report == null ? null : report.id(), report == null ? null : report.title(), asOf.toString(),
                validAt.toString(), checkpoint.size(), checkpoint.rootHash(), stateDigest, receiptNote);
        return new ProofBundle(manifest, checkpoint.note(), key.verifier().verifierKey(), events);
    }

    private record LoggedEvent(long leafIndex, StoredEvent event) {
    }

    /** Every event naming one of the plans, in leaf order, up to the checkpoint. */
    private List<LoggedEvent> planEvents(Collection<String> planIds, long size) {
        return jdbc.query("SELECT l.leaf_index, e.globalindex, e.eventidentifier, e.type, e.aggregateidentifier,"
                + " e.sequencenumber, e.payloadtype, e.payloadrevision, e.timestamp, e.payload"
                + " FROM public.domainevententry e JOIN proof.leaf l ON l.global_index = e.globalindex"
                + " WHERE l.leaf_index < ? AND convert_from(e.payload, 'UTF8')::jsonb ->> 'planId' = ANY (?)"
                + " ORDER BY l.leaf_index", (rs, n) -> new LoggedEvent(rs.getLong(1), new StoredEvent(rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), new String(rs.getBytes(10), StandardCharsets.UTF_8))),
                size, planIds.toArray(String[]::new));
    }

    private Map<Long, Map<String, String>> salts(List<Long> globalIndexes) {
        var found = new HashMap<Long, Map<String, String>>();
        jdbc.query("SELECT global_index, field, salt FROM proof.text_salt WHERE global_index = ANY (?)",
                rs -> {
                    found.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2),
                            Base64.getEncoder().encodeToString(rs.getBytes(3)));
                }, (Object) globalIndexes.toArray(Long[]::new));
        return found;
    }

    private Map<Long, Map<String, String>> redacted(List<Long> globalIndexes) {
        var found = new HashMap<Long, Map<String, String>>();
        jdbc.query("SELECT global_index, field, commitment FROM proof.redaction WHERE global_index = ANY (?)", rs -> {
            found.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
        }, (Object) globalIndexes.toArray(Long[]::new));
        return found;
    }

    private boolean planExists(String planId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM public.domainevententry"
                + " WHERE aggregateidentifier = ? AND sequencenumber = 0)", Boolean.class, planId));
    }

    private Report report(String planId, String reportId) {
        return jdbc.query("SELECT globalindex, timestamp, payload FROM public.domainevententry"
                        + " WHERE aggregateidentifier = ? AND payloadtype = ? ORDER BY globalindex",
                (rs, n) -> {
                    ReportIssued issued = read(rs.getBytes(3));
                    return new Report(issued.reportId(), issued.title(), rs.getLong(1), Instant.parse(rs.getString(2)),
                            issued.effectiveDate());
                }, planId, EventCatalogue.nameOf(ReportIssued.class)).stream()
                .filter(r -> r.id().equals(reportId)).findFirst()
                .orElseThrow(() -> new NotFound("Rapporten", reportId));
    }

    private ReportIssued read(byte[] payload) {
        try {
            return json.readValue(payload, ReportIssued.class);
        } catch (IOException e) {
            throw new IllegalStateException("a report event without a JSON payload", e);
        }
    }

    /** The report exists but the log has not taken it yet: a moment's wait (503 with Retry-After), not an error. */
    public static final class NotYetLogged extends ErrorResponseException {
        NotYetLogged(String reportId) {
            super(HttpStatus.SERVICE_UNAVAILABLE, detail(reportId), null);
            getHeaders().set(HttpHeaders.RETRY_AFTER, "2");
        }

        private static ProblemDetail detail(String reportId) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "Rapporten " + reportId + " är ännu inte inlagd i loggen; försök igen om en stund.");
            problem.setTitle("Inte klart än");
            return problem;
        }
    }
}
