package se.ledger.proof.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.ledger.proof.merkle.Rfc6962;

/** Signed notes against golang.org/x/mod/sumdb/note's published key and signature (note_test.go). */
class SignedNoteTest {

    private static final String PRIVATE = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String VERIFIER = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String SIGNED = TEXT + "\n— PeterNeumann "
            + "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    @Test
    void canSignExactlyAsTheGoImplementationDoes() {
        var signer = NoteSigner.fromPrivateKey(PRIVATE);
        assertThat(signer.verifier().verifierKey()).isEqualTo(VERIFIER);
        assertThat(signer.privateKey()).isEqualTo(PRIVATE);
        assertThat(signer.sign(TEXT)).isEqualTo(SIGNED);
    }

    @Test
    void canOpenTheGoImplementationsNote() {
        assertThat(NoteVerifier.fromVerifierKey(VERIFIER).open(SIGNED)).isEqualTo(TEXT);
    }

    @Test
    void cannotOpenAChangedTextOrWithAnotherKey() {
        var verifier = NoteVerifier.fromVerifierKey(VERIFIER);
        assertThatThrownBy(() -> verifier.open(SIGNED.replace("cryptography", "cryptographY")))
                .isInstanceOf(NoteFailure.class).hasMessageContaining("does not match");
        var other = NoteSigner.generate("PeterNeumann").verifier();
        assertThatThrownBy(() -> other.open(SIGNED)).isInstanceOf(NoteFailure.class)
                .hasMessageContaining("no signature");
    }

    @Test
    void cannotTakeAKeyWhoseIdDoesNotMatch() {
        assertThatThrownBy(() -> NoteVerifier.fromVerifierKey(VERIFIER.replace("c74f20a3", "c74f20a4")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoteSigner.fromPrivateKey(PRIVATE.replace("PeterNeumann", "Peter")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void canSignAndOpenACheckpoint() {
        var signer = NoteSigner.generate("ledger.example.se");
        var checkpoint = new Checkpoint("ledger.example.se/uppfoljning", 7, Rfc6962.leafHash(new byte[] {7}));
        String note = checkpoint.sign(signer);
        assertThat(note).startsWith("ledger.example.se/uppfoljning\n7\n" + checkpoint.root().base64() + "\n\n— ");
        var reopened = NoteVerifier.fromVerifierKey(signer.verifier().verifierKey());
        assertThat(Checkpoint.open(note, reopened)).isEqualTo(checkpoint);
        assertThatThrownBy(() -> Checkpoint.open(note.replace("\n7\n", "\n8\n"), reopened))
                .isInstanceOf(NoteFailure.class);
    }
}
