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
 * checkpoint's signature, then every event's leaf and audit path. Says in Swedish what held.
 */
public final class BundleVerifier {

    /** The outcome, line by line as printed; {@code ok} only if every check held. */
    public record Verification(boolean ok, List<String> lines) {
    }

    private BundleVerifier() {
    }

    /** @param publishedKey the verifier key the auditor got from the ledger beforehand; null to take the bundle's */
    public static Verification verify(ProofBundle bundle, String publishedKey) {
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
        for (BundleEvent event : bundle.events()) {
            if (event.leafIndex() <= previous) {
                return failed(lines, "Händelserna står inte i loggens ordning vid löv " + event.leafIndex());
            }
            previous = event.leafIndex();
            try {
                Hash leaf = event.leaf().leafHash();
                leaves.add(leaf);
                ProofCheck.inclusion(event.leafIndex(), checkpoint.size(), leaf,
                        event.auditPath().stream().map(Hash::fromBase64).toList(), checkpoint.root());
            } catch (ProofFailure | IllegalArgumentException e) {
                return failed(lines, "Händelse " + event.eventId() + " (löv " + event.leafIndex()
                        + ") ingår inte i kontrollpunkten: " + e.getMessage());
            }
        }
        lines.add(bundle.events().size() + " händelser: var och en ingår i kontrollpunkten med sitt innehåll");
        if (manifest.receiptNote() == null) {
            lines.add("Inget förseglat kvitto i paketet: att inga av planens händelser saknas kontrolleras inte");
        } else {
            String problem = receiptProblem(manifest, verifier, checkpoint, PlanEvents.of(leaves));
            if (problem != null) {
                return failed(lines, problem);
            }
            lines.add("Kvitto: rapportens " + leaves.size() + " händelser är alla med, tillstånd "
                    + manifest.stateDigest() + " förseglat med samma kontrollpunkt");
        }
        lines.add("VERIFIERAT");
        return new Verification(true, lines);
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
