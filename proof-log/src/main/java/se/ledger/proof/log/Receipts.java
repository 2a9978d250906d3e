package se.ledger.proof.log;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.ledger.proof.merkle.Hash;

/**
 * Reports' seals: the checkpoint the log issued with each report, and the signed receipt that binds
 * it to the digest of the plan view the report showed.
 */
@Component
public class Receipts {

    /** A report waiting for, or holding, its receipt ({@code stateDigest} and {@code note} null while waiting). */
    public record Receipt(String planId, String reportId, long globalIndex, Instant asOf, LocalDate validAt,
            long checkpointSize, String checkpointRoot, String stateDigest, String note, Instant sealedAt) {
    }

    private final JdbcTemplate jdbc;
    private final LedgerKey key;
    private final ProofProperties properties;
    private final Clock clock;
    private final PlanLeaves leaves;

    Receipts(JdbcTemplate jdbc, LedgerKey key, ProofProperties properties, Clock clock, PlanLeaves leaves) {
        this.leaves = leaves;
        this.jdbc = jdbc;
        this.key = key;
        this.properties = properties;
        this.clock = clock;
    }

    void reportCheckpointed(String planId, String reportId, long globalIndex, Instant asOf, LocalDate validAt,
            Checkpoints.Issued checkpoint) {
        jdbc.update("INSERT INTO proof.report_checkpoint (plan_id, report_id, global_index, as_of, valid_at,"
                + " checkpoint_size, checkpoint_root) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", planId, reportId,
                globalIndex, Timestamp.from(asOf), validAt, checkpoint.size(),
                Hash.fromBase64(checkpoint.rootHash()).bytes());
    }

    /** Signs the receipt: the note binds plan, report, moment, state digest, the plan's events and the checkpoint. */
    public Receipt seal(Receipt waiting, String stateDigest) {
        String text = properties.origin() + "\nkvitto\nplan " + waiting.planId() + "\nrapport " + waiting.reportId()
                + "\nasOf " + waiting.asOf() + "\nvalidAt " + waiting.validAt() + "\ntillstånd " + stateDigest
                + "\n" + leaves.of(waiting.planId(), waiting.checkpointSize(), waiting.asOf()).line()
                + "\nkontrollpunkt " + waiting.checkpointSize() + " " + waiting.checkpointRoot() + "\n";
        String note = key.signer().sign(text);
        Instant now = clock.instant();
        jdbc.update("INSERT INTO proof.receipt (plan_id, report_id, state_digest, note, sealed_at) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING", waiting.planId(), waiting.reportId(), stateDigest, note, Timestamp.from(now));
        return find(waiting.planId(), waiting.reportId()).orElseThrow();
    }

    public List<Receipt> waiting() {
        return query(" WHERE r.plan_id IS NULL ORDER BY c.global_index");
    }

    public List<Receipt> of(String planId) {
        return planId == null ? query(" ORDER BY c.global_index") : query(" WHERE c.plan_id = ? ORDER BY c.global_index", planId);
    }

    public java.util.Optional<Receipt> find(String planId, String reportId) {
        return query(" WHERE c.plan_id = ? AND c.report_id = ?", planId, reportId).stream().findFirst();
    }

    private List<Receipt> query(String where, Object... args) {
        return jdbc.query("SELECT c.plan_id, c.report_id, c.global_index, c.as_of, c.valid_at, c.checkpoint_size,"
                + " c.checkpoint_root, r.state_digest, r.note, r.sealed_at FROM proof.report_checkpoint c"
                + " LEFT JOIN proof.receipt r ON r.plan_id = c.plan_id AND r.report_id = c.report_id" + where,
                (rs, n) -> new Receipt(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getTimestamp(4).toInstant(),
                        rs.getObject(5, LocalDate.class), rs.getLong(6), Hash.of(rs.getBytes(7)).base64(),
                        rs.getString(8), rs.getString(9),
                        rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant()), args);
    }
}
