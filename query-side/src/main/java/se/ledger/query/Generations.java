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

    public int active(String projection) {
        return state(projection).active();
    }

    public List<Integer> targets(String projection, ReplayStatus replay) {
        var state = state(projection);
        if (replay.isReplay()) {
            return List.of(state.write());
        }
        return state.rebuilding() ? List.of(state.active(), state.write()) : List.of(state.active());
    }
}
