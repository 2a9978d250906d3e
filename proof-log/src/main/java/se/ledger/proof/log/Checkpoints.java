package se.ledger.proof.log;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.ledger.proof.merkle.Hash;
import se.ledger.proof.note.Checkpoint;

/** Signed checkpoints of the log: issued on reports, decisions and on demand, kept and listed. */
@Component
public class Checkpoints {

    /** A checkpoint as stored and listed: {@code note} is the C2SP signed note. */
    public record Issued(long size, String rootHash, Instant issuedAt, String reason, String planId, String note) {
    }

    private final JdbcTemplate jdbc;
    private final MerkleLog log;
    private final LedgerKey key;
    private final ProofProperties properties;
    private final Clock clock;

    Checkpoints(JdbcTemplate jdbc, MerkleLog log, LedgerKey key, ProofProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.log = log;
        this.key = key;
        this.properties = properties;
        this.clock = clock;
    }

    /** A checkpoint of the log as it stands. */
    @Transactional
    public Issued issueNow(String reason) {
        return issue(log.size(), reason, null);
    }

    /** A checkpoint of the first {@code size} leaves (the log may already be longer). */
    @Transactional
    public Issued issue(long size, String reason, String planId) {
        // uncached: inside the log's batch the nodes are not committed yet, and a rollback redraws them
        Hash root = log.uncachedTree().root(size);
        String note = new Checkpoint(properties.origin(), size, root).sign(key.signer());
        Instant now = clock.instant();
        jdbc.update("INSERT INTO proof.checkpoint (size, root_hash, issued_at, reason, plan_id, note)"
                + " VALUES (?, ?, ?, ?, ?, ?)", size, root.bytes(), Timestamp.from(now), reason, planId, note);
        return new Issued(size, root.base64(), now, reason, planId, note);
    }

    /** A checkpoint of another ledger's log, kept as it was signed (a restored backup with the same key). */
    public void keep(Issued issued) {
        jdbc.update("INSERT INTO proof.checkpoint (size, root_hash, issued_at, reason, plan_id, note)"
                + " VALUES (?, ?, ?, ?, ?, ?)", issued.size(), Hash.fromBase64(issued.rootHash()).bytes(),
                Timestamp.from(issued.issuedAt()), issued.reason(), issued.planId(), issued.note());
    }

    /** Newest last; with a plan, those issued for it and those of the whole ledger. */
    public List<Issued> list(String planId) {
        String where = planId == null ? "" : " WHERE plan_id = ? OR plan_id IS NULL";
        Object[] args = planId == null ? new Object[0] : new Object[] {planId};
        return jdbc.query("SELECT size, root_hash, issued_at, reason, plan_id, note FROM proof.checkpoint" + where
                + " ORDER BY id", (rs, n) -> new Issued(rs.getLong(1), Hash.of(rs.getBytes(2)).base64(),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), rs.getString(6)), args);
    }
}
