package se.ledger.proof.bundle;

import java.util.ArrayList;
import java.util.List;
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
        for (BundleEvent event : bundle.events()) {
            if (event.leafIndex() <= previous) {
                return failed(lines, "Händelserna står inte i loggens ordning vid löv " + event.leafIndex());
            }
            previous = event.leafIndex();
            try {
                Hash leaf = event.leaf().leafHash();
                ProofCheck.inclusion(event.leafIndex(), checkpoint.size(), leaf,
                        event.auditPath().stream().map(Hash::fromBase64).toList(), checkpoint.root());
            } catch (ProofFailure | IllegalArgumentException e) {
                return failed(lines, "Händelse " + event.eventId() + " (löv " + event.leafIndex()
                        + ") ingår inte i kontrollpunkten: " + e.getMessage());
            }
        }
        lines.add(bundle.events().size() + " händelser: var och en ingår i kontrollpunkten med sitt innehåll");
        lines.add("VERIFIERAT");
        return new Verification(true, lines);
    }

    private static Verification failed(List<String> lines, String reason) {
        lines.add("FEL: " + reason);
        lines.add("INTE VERIFIERAT");
        return new Verification(false, lines);
    }
}
