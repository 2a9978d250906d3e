package se.ledger.query;

import java.util.List;
import org.axonframework.eventhandling.ReplayStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which generation of a projection queries read, and which its handlers write. While a rebuild
 * replays history into a new generation, the active one keeps receiving new events, so it stays
 * complete and current until the switch.
 */
@Component
public class Generations {

    public record State(int active, int write) {
        public boolean rebuilding() {
            return active != write;
        }

        /** Where an event goes: a replayed one only to the generation being rebuilt, a new one to both. */
        public List<Integer> targets(ReplayStatus replay) {
            if (replay.isReplay()) {
                return List.of(write);
            }
            return rebuilding() ? List.of(active, write) : List.of(active);
        }

        public List<Integer> all() {
            return rebuilding() ? List.of(active, write) : List.of(active);
        }
    }

    private final JdbcClient jdbc;

    Generations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public State state(String projection) {
        return jdbc.sql("SELECT active_generation, write_generation FROM query.projection_state WHERE name = ?")
                .param(projection)
                .query((rs, n) -> new State(rs.getInt(1), rs.getInt(2)))
                .single();
    }

    /**
     * The state, as the projection's batch reads it first: the rest of its transaction searches
     * indexes whatever the planner believes of a generation's size (a new generation's partition
     * looks empty until analysed, and scanning it for each batch would make a rebuild quadratic).
     */
    public State forProjection(String projection) {
        return jdbc.sql("SELECT active_generation, write_generation, set_config('enable_seqscan', 'off', true),"
                        + " set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true)"
                        + " FROM query.projection_state WHERE name = ?")
                .param(projection)
                .query((rs, n) -> new State(rs.getInt(1), rs.getInt(2)))
                .single();
    }

    public int active(String projection) {
        return state(projection).active();
    }

    public List<Integer> targets(String projection, ReplayStatus replay) {
        return state(projection).targets(replay);
    }
}
