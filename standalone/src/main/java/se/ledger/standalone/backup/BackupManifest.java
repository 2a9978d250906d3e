package se.ledger.standalone.backup;

import java.time.Instant;

/** What a full backup holds: every event, and the log's root over those it had taken. */
record BackupManifest(String format, String origin, long logSize, String rootHash, String verifierKey,
        Instant exportedAt, long events) {

    static final String FORMAT = "uppfoljningsliggaren-sakerhetskopia/1";
}
