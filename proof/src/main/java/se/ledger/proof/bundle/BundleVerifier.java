package se.ledger.proof.bundle;

import java.util.ArrayList;
import java.util.List;
import se.ledger.proof.leaf.PlanEvents;
import se.ledger.proof.merkle.Hash;
import se.ledger.proof.merkle.ProofCheck;
import se.ledger.proof.merkle.ProofFailure;
import se.ledger.proof.note.Checkpoint;
import se.ledger.proof.note.NoteFailure;
import se.ledger.proof.note.NoteVerifier;

/**
 * Checks a bundle with nothing but the bundle and, ideally, the ledger's published key: the
 * checkpoint's signature, then every event's leaf and audit path, the receipt's seal over the
 * plan's events, and, given the read side's rules, the plan state rebuilt from the events against
 * the sealed digest. Says in Swedish what held.
 */
public final class BundleVerifier {

    /** The outcome, line by line as printed; {@code ok} only if every check held. */
    public record Verification(boolean ok, List<String> lines) {
    }

    private BundleVerifier() {
    }

    /** @param publishedKey the verifier key the auditor got from the ledger beforehand; null to take the bundle's */
    public static Verification verify(ProofBundle bundle, String publishedKey) {
        return verify(bundle, publishedKey, null);
    }

    /** @param states rebuilds the plan state from the events; null leaves the state unchecked */
    public static Verification verify(ProofBundle bundle, String publishedKey, StateRebuilder states) {
        var lines = new ArrayList<String>();
        var manifest = bundle.manifest();
        lines.add("Bevispaket för plan " + manifest.planId() + (manifest.reportId() == null ? ""
                : ", rapport " + manifest.reportId() + " (" + manifest.reportTitle() + ")")
                + ", läge " + manifest.asOf() + " / " + manifest.validAt());
        if (!BundleManifest.FORMAT.equals(manifest.format())) {
            return failed(lines, "Okänt format: " + manifest.format());
        }
        NoteVerifier verifier;
        try {
            if (publishedKey != null && !publishedKey.strip().equals(bundle.verifierKey())) {
                return failed(lines, "Paketet är signerat med en annan nyckel än den angivna: " + bundle.verifierKey());
            }
            verifier = NoteVerifier.fromVerifierKey(publishedKey != null ? publishedKey : bundle.verifierKey());
        } catch (IllegalArgumentException e) {
            return failed(lines, "Nyckeln går inte att läsa: " + e.getMessage());
        }
        lines.add(publishedKey != null ? "Nyckel: " + verifier.verifierKey() + " (den angivna)"
                : "Nyckel: " + verifier.verifierKey() + " (tagen ur paketet: jämför den med den som liggaren publicerat)");
        Checkpoint checkpoint;
        try {
            checkpoint = Checkpoint.open(bundle.checkpointNote(), verifier);
        } catch (NoteFailure e) {
            return failed(lines, "Kontrollpunktens signatur håller inte: " + e.getMessage());
        }
        if (!checkpoint.origin().equals(manifest.origin()) || checkpoint.size() != manifest.checkpointSize()
                || !checkpoint.root().base64().equals(manifest.checkpointRoot())) {
            return failed(lines, "Manifestet anger en annan kontrollpunkt än den signerade");
        }
        lines.add("Kontrollpunkt: " + checkpoint.origin() + ", " + checkpoint.size() + " löv, rot "
                + checkpoint.root().base64() + ": signaturen håller");
        long previous = -1;
        var leaves = new ArrayList<Hash>();
        var planLeaves = new ArrayList<Hash>();
        for (BundleEvent event : bundle.events()) {
            if (event.leafIndex() <= previous) {
                return failed(lines, "Händelserna står inte i loggens ordning vid löv " + event.leafIndex());
            }
            previous = event.leafIndex();
            try {
                Hash leaf = event.leaf().leafHash();
                leaves.add(leaf);
                if (manifest.planId().equals(event.planId())) {
                    planLeaves.add(leaf);
                }
                ProofCheck.inclusion(event.leafIndex(), checkpoint.size(), leaf,
                        event.auditPath().stream().map(Hash::fromBase64).toList(), checkpoint.root());
            } catch (ProofFailure | IllegalArgumentException e) {
                return failed(lines, "Händelse " + event.eventId() + " (löv " + event.leafIndex()
                        + ") ingår inte i kontrollpunkten: " + e.getMessage());
            }
        }
        lines.add(bundle.events().size() + " händelser: var och en ingår i kontrollpunkten med sitt innehåll"
                + (planLeaves.size() == leaves.size() ? "" : " (" + (leaves.size() - planLeaves.size())
                        + " av dem ur planer vars mål bidrar till eller tar emot bidrag från planens mål)"));
        if (manifest.receiptNote() == null) {
            lines.add("Inget förseglat kvitto i paketet: att inga av planens händelser saknas kontrolleras inte");
        } else {
            String problem = receiptProblem(manifest, verifier, checkpoint, PlanEvents.of(planLeaves));
            if (problem != null) {
                return failed(lines, problem);
            }
            lines.add("Kvitto: rapportens " + planLeaves.size() + " händelser är alla med, tillstånd "
                    + manifest.stateDigest() + " förseglat med samma kontrollpunkt");
        }
        if (states == null) {
            lines.add("Planens läge återskapas inte här (verifieraren saknar liggarens regler): kör ledger.jar verify");
        } else {
            String problem = stateProblem(bundle, states, lines);
            if (problem != null) {
                return failed(lines, problem);
            }
        }
        lines.add("VERIFIERAT");
        return new Verification(true, lines);
    }

    /** Rebuilds the plan at the bundle's moment from its events and compares it with the sealed state. */
    private static String stateProblem(ProofBundle bundle, StateRebuilder states, List<String> lines) {
        String rebuilt;
        try {
            rebuilt = states.digest(bundle);
        } catch (RuntimeException e) {
            return "Planens läge går inte att återskapa ur paketets händelser: " + e.getMessage();
        }
        String sealed = bundle.manifest().stateDigest();
        if (sealed == null) {
            lines.add("Planens läge återskapat ur paketets händelser: tillstånd " + rebuilt
                    + " (inget förseglat tillstånd att jämföra med)");
            return null;
        }
        if (!sealed.equals(rebuilt)) {
            return "Planens läge återskapat ur paketets händelser ger tillstånd " + rebuilt
                    + ", men kvittot förseglade " + sealed;
        }
        lines.add("Planens läge återskapat ur paketets händelser med liggarens regler: tillstånd " + rebuilt
                + " stämmer med kvittot");
        return null;
    }

    /** The sealed receipt names this report, this checkpoint, this digest and exactly these events. */
    private static String receiptProblem(BundleManifest manifest, NoteVerifier verifier, Checkpoint checkpoint,
            PlanEvents found) {
        String text;
        try {
            text = verifier.open(manifest.receiptNote());
        } catch (NoteFailure e) {
            return "Kvittots signatur håller inte: " + e.getMessage();
        }
        var said = new java.util.HashMap<String, String>();
        for (String line : text.split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0) {
                said.put(line.substring(0, space), line.substring(space + 1));
            }
        }
        if (!manifest.planId().equals(said.get("plan")) || !String.valueOf(manifest.reportId()).equals(said.get("rapport"))
                || !String.valueOf(manifest.stateDigest()).equals(said.get("tillstånd"))
                || !(checkpoint.size() + " " + checkpoint.root().base64()).equals(said.get("kontrollpunkt"))) {
            return "Kvittot gäller en annan plan, rapport, tillstånd eller kontrollpunkt än paketet";
        }
        if (!found.line().equals("händelser " + said.get("händelser"))) {
            return "Paketet har " + found.count() + " av planens händelser men kvittot förseglade " + said.get("händelser")
                    + ": händelser saknas eller har lagts till";
        }
        return null;
    }

    private static Verification failed(List<String> lines, String reason) {
        lines.add("FEL: " + reason);
        lines.add("INTE VERIFIERAT");
        return new Verification(false, lines);
    }
}
