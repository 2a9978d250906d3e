package se.ledger.proof.log;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.ledger.proof.leaf.PlanEvents;
import se.ledger.proof.merkle.Hash;

/** The leaves of a plan's events before a checkpoint and known at asOf: what a report's bundle holds. */
@Component
class PlanLeaves {

    private final JdbcTemplate jdbc;

    PlanLeaves(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    PlanEvents of(String planId, long size, Instant asOf) {
        var hashes = new ArrayList<Hash>();
        jdbc.query("SELECT l.leaf_hash, e.timestamp FROM public.domainevententry e"
                + " JOIN proof.leaf l ON l.global_index = e.globalindex WHERE l.leaf_index < ?"
                + " AND convert_from(e.payload, 'UTF8')::jsonb ->> 'planId' = ? ORDER BY l.leaf_index", rs -> {
                    if (!Instant.parse(rs.getString(2)).isAfter(asOf)) {
                        hashes.add(Hash.of(rs.getBytes(1)));
                    }
                }, size, planId);
        return PlanEvents.of(List.copyOf(hashes));
    }
}
