package se.ledger.bench;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import se.ledger.activity.command.ChangeActivityStatus;
import se.ledger.events.ActivityId;
import se.ledger.events.ActivityStatus;

/**
 * The same status commands REST sends, given to the ledger's CommandGateway in this process:
 * the write path without HTTP, JSON and security, for one writer.
 */
final class GatewayWrites {

    private final CommandGateway gateway;
    private final StatusToggle toggle;

    GatewayWrites(CommandGateway gateway, StatusToggle toggle) {
        this.gateway = gateway;
        this.toggle = toggle;
    }

    /** Commands per second over {@code count} commands rotating over the activities. */
    double statuses(List<String> activities, int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String activity = activities.get(i % activities.size());
            boolean deviating = toggle.nextDeviating(activity);
            gateway.sendAndWait(new ChangeActivityStatus(new ActivityId(activity),
                    deviating ? ActivityStatus.DEVIATING : ActivityStatus.ON_TRACK,
                    deviating ? "Försenad leverans" : null, null, "chef", null, null));
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
