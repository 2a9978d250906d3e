package se.ledger.proof.log;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.ledger.proof.merkle.Hash;
import se.ledger.proof.merkle.Nodes;

/**
 * The log's leaves and complete subtrees in PostgreSQL. Committed nodes never change, so they are
 * cached; the self-audit reads the tables directly instead ({@link #uncached()}).
 */
@Component
class LogTables implements Nodes {

    record NodeKey(int level, long index) {
    }

    record NodeRow(int level, long index, Hash hash) {
    }

    record LeafRow(long leafIndex, long globalIndex, String eventId, Hash hash) {
    }

    private final JdbcTemplate jdbc;
    private final Cache<NodeKey, Hash> cache = Caffeine.newBuilder().maximumSize(200_000).build();

    LogTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long size() {
        Long last = jdbc.queryForObject("SELECT max(leaf_index) FROM proof.leaf", Long.class);
        return last == null ? 0 : last + 1;
    }

    @Override
    public Hash node(int level, long index) {
        return cache.get(new NodeKey(level, index), key -> read(key).orElseThrow(() ->
                new IllegalStateException("the log has no node " + key + ": its tables were changed")));
    }

    Nodes uncached() {
        var tables = this;
        return new Nodes() {
            @Override
            public long size() {
                return tables.size();
            }

            @Override
            public Hash node(int level, long index) {
                return read(new NodeKey(level, index)).orElseThrow(() ->
                        new IllegalStateException("the log has no node (" + level + ", " + index + ")"));
            }
        };
    }

    Optional<Hash> read(NodeKey key) {
        List<byte[]> found = key.level() == 0
                ? jdbc.queryForList("SELECT leaf_hash FROM proof.leaf WHERE leaf_index = ?", byte[].class, key.index())
                : jdbc.queryForList("SELECT hash FROM proof.node WHERE level = ? AND idx = ?", byte[].class,
                        key.level(), key.index());
        return found.stream().findFirst().map(Hash::of);
    }

    Optional<LeafRow> leafOf(long globalIndex) {
        return jdbc.query("SELECT leaf_index, global_index, event_id, leaf_hash FROM proof.leaf"
                + " WHERE global_index = ?", LogTables::leafRow, globalIndex)
                .stream().findFirst();
    }

    /** Which of these events the log already holds. */
    java.util.Set<Long> present(java.util.Collection<Long> globalIndexes) {
        return new java.util.HashSet<>(jdbc.queryForList("SELECT global_index FROM proof.leaf WHERE global_index = ANY (?)",
                Long.class, (Object) globalIndexes.toArray(Long[]::new)));
    }

    List<LeafRow> leaves(long fromIndex, int count) {
        return jdbc.query("SELECT leaf_index, global_index, event_id, leaf_hash FROM proof.leaf WHERE leaf_index >= ?"
                + " ORDER BY leaf_index LIMIT ?", LogTables::leafRow, fromIndex, count);
    }

    void insert(List<LeafRow> leaves, List<NodeRow> nodes) {
        jdbc.batchUpdate("INSERT INTO proof.leaf (leaf_index, global_index, event_id, leaf_hash) VALUES (?, ?, ?, ?)",
                leaves.stream().map(l -> new Object[] {l.leafIndex(), l.globalIndex(), l.eventId(), l.hash().bytes()})
                        .toList());
        jdbc.batchUpdate("INSERT INTO proof.node (level, idx, hash) VALUES (?, ?, ?)",
                nodes.stream().map(n -> new Object[] {n.level(), n.index(), n.hash().bytes()}).toList());
    }

    private static LeafRow leafRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new LeafRow(rs.getLong(1), rs.getLong(2), rs.getString(3), Hash.of(rs.getBytes(4)));
    }

    /** The right edge of the tree of {@code size} leaves: the nodes the next leaves combine with (two queries). */
    Hash[] frontier(long size) {
        var frontier = new Hash[64];
        var levels = new ArrayList<Integer>();
        var indexes = new ArrayList<Long>();
        for (int level = 1; level < 63 && (size >> level) > 0; level++) {
            if (((size >> level) & 1) == 1) {
                levels.add(level);
                indexes.add((size >> level) - 1);
            }
        }
        if ((size & 1) == 1) {
            frontier[0] = read(new NodeKey(0, size - 1)).orElseThrow(() ->
                    new IllegalStateException("the log lacks its last leaf " + (size - 1)));
        }
        if (!levels.isEmpty()) {
            jdbc.query("SELECT n.level, n.hash FROM proof.node n JOIN unnest(?::int[], ?::bigint[]) AS w(level, idx)"
                    + " ON n.level = w.level AND n.idx = w.idx", rs -> {
                        frontier[rs.getInt(1)] = Hash.of(rs.getBytes(2));
                    }, levels.toArray(Integer[]::new), indexes.toArray(Long[]::new));
            for (int level : levels) {
                if (frontier[level] == null) {
                    throw new IllegalStateException("the log lacks its right edge at level " + level);
                }
            }
        }
        return frontier;
    }
}
