package se.ledger.proof.log;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import java.util.ArrayList;
import se.ledger.platform.FieldProblem;
import se.ledger.platform.InvalidInput;
import se.ledger.platform.NotFound;
import se.ledger.proof.merkle.Hash;

/** What the proof API answers, read from the log in one snapshot. */
@Component
public class ProofReads {

    public record Leaf(long leafIndex, String leafHash, String canonical) {
    }

    public record Inclusion(String eventId, long leafIndex, long treeSize, String leafHash, List<String> auditPath,
            String rootHash) {
    }

    public record Consistency(long fromSize, long toSize, String fromRoot, String toRoot, List<String> proof) {
    }

    private final MerkleLog log;
    private final LogTables tables;
    private final EventRows rows;
    private final TextSalts salts;

    ProofReads(MerkleLog log, LogTables tables, EventRows rows, TextSalts salts) {
        this.log = log;
        this.tables = tables;
        this.rows = rows;
        this.salts = salts;
    }

    @Transactional(readOnly = true)
    public Leaf leaf(String eventId) {
        var event = event(eventId);
        var row = leafRow(event);
        var commitments = salts.commitments(List.of(event)).getOrDefault(event.globalIndex(), new HashMap<>());
        String canonical = new String(event.leaf(commitments).canonicalBytes(), StandardCharsets.UTF_8);
        return new Leaf(row.leafIndex(), row.hash().base64(), canonical);
    }

    @Transactional(readOnly = true)
    public Inclusion inclusion(String eventId, Long size) {
        var row = leafRow(event(eventId));
        long treeSize = size == null ? log.size() : size;
        if (treeSize <= row.leafIndex() || treeSize > log.size()) {
            throw new InvalidInput("size", "Trädstorleken måste vara större än händelsens löv (" + row.leafIndex()
                    + ") och högst loggens storlek (" + log.size() + ").");
        }
        var tree = log.tree();
        return new Inclusion(eventId, row.leafIndex(), treeSize, row.hash().base64(),
                tree.inclusion(row.leafIndex(), treeSize).stream().map(Hash::base64).toList(),
                tree.root(treeSize).base64());
    }

    @Transactional(readOnly = true)
    public Consistency consistency(long from, long to) {
        long size = log.size();
        var problems = new ArrayList<FieldProblem>();
        if (to < 1 || to > size) {
            problems.add(new FieldProblem("to",
                    "Storleken måste vara mellan 1 och loggens storlek (" + size + ")."));
        }
        if (from < 1 || from > to) {
            problems.add(new FieldProblem("from", "Storleken måste vara mellan 1 och to (" + to + ")."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var tree = log.tree();
        return new Consistency(from, to, tree.root(from).base64(), tree.root(to).base64(),
                tree.consistency(from, to).stream().map(Hash::base64).toList());
    }

    private StoredEvent event(String eventId) {
        return rows.byEventIds(List.of(eventId)).stream().findFirst()
                .orElseThrow(() -> new NotFound("Händelsen", eventId));
    }

    private LogTables.LeafRow leafRow(StoredEvent event) {
        return tables.leafOf(event.globalIndex()).orElseThrow(() -> new NotFound("Loggens löv för händelsen",
                event.eventId() + " (ännu inte inlagt; försök igen om en stund)"));
    }
}
