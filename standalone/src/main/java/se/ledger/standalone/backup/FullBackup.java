package se.ledger.standalone.backup;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.ledger.proof.log.Checkpoints;
import se.ledger.proof.log.LedgerKey;
import se.ledger.proof.log.MerkleLog;
import se.ledger.proof.log.ProofProperties;

/**
 * The ledger's verified backup: every event exactly as stored, in the Merkle log's order, with the
 * salts and checkpoints, so that a restore into an empty ledger reproduces the same leaves and root.
 */
@Component
public class FullBackup {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final TypeReference<Checkpoints.Issued> CHECKPOINT = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final Checkpoints checkpoints;
    private final MerkleLog log;
    private final LedgerKey key;
    private final ProofProperties properties;
    private final Clock clock;

    FullBackup(JdbcTemplate jdbc, Checkpoints checkpoints, MerkleLog log, LedgerKey key, ProofProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.checkpoints = checkpoints;
        this.log = log;
        this.key = key;
        this.properties = properties;
        this.clock = clock;
    }

    /** Writes the backup; the events not yet in the log come last, in the store's order. */
    public BackupManifest export(OutputStream out) throws IOException {
        var checkpoint = checkpoints.issueNow("Säkerhetskopia");
        long events = jdbc.queryForObject("SELECT count(*) FROM public.domainevententry", Long.class);
        var manifest = new BackupManifest(BackupManifest.FORMAT, properties.origin(), checkpoint.size(),
                checkpoint.rootHash(), key.verifier().verifierKey(), clock.instant(), events);
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.putNextEntry(new ZipEntry("checkpoints.jsonl"));
            for (var issued : checkpoints.list(null)) {
                zip.write(JSON.writeValueAsBytes(issued));
                zip.write('\n');
            }
            zip.putNextEntry(new ZipEntry("events.jsonl"));
            jdbc.query("SELECT e.globalindex, e.eventidentifier, e.type, e.aggregateidentifier, e.sequencenumber,"
                    + " e.payloadtype, e.payloadrevision, e.timestamp, e.payload, e.metadata, l.leaf_index,"
                    + " (SELECT jsonb_object_agg(s.field, encode(s.salt, 'base64')) FROM proof.text_salt s"
                    + " WHERE s.global_index = e.globalindex)::text,"
                    + " (SELECT jsonb_object_agg(r.field, jsonb_build_object('commitment', r.commitment, 'reason',"
                    + " r.reason, 'event', r.redaction_event, 'at',"
                    + " to_char(r.redacted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'))) FROM proof.redaction r"
                    + " WHERE r.global_index = e.globalindex)::text"
                    + " FROM public.domainevententry e LEFT JOIN proof.leaf l ON l.global_index = e.globalindex"
                    + " ORDER BY l.leaf_index IS NULL, l.leaf_index, e.globalindex", rs -> {
                        try {
                            zip.write(JSON.writeValueAsBytes(row(rs)));
                            zip.write('\n');
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            zip.closeEntry();
        }
        return manifest;
    }

    private static BackupEvent row(ResultSet rs) throws SQLException {
        byte[] metadata = rs.getBytes(10);
        String salts = rs.getString(12);
        String redactions = rs.getString(13);
        try {
            return new BackupEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), new String(rs.getBytes(9), StandardCharsets.UTF_8),
                    metadata == null ? null : java.util.Base64.getEncoder().encodeToString(metadata),
                    (Long) rs.getObject(11), salts == null ? null : JSON.readValue(salts, new TypeReference<Map<String,
                            String>>() {
                    }), redactions == null ? null : JSON.readValue(redactions,
                            new TypeReference<Map<String, BackupEvent.Redaction>>() {
                    }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of a backup, read in the order they were written. */
    static void read(InputStream in, BackupReader reader) throws IOException {
        var zip = new ZipInputStream(in, StandardCharsets.UTF_8);
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
            var lines = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
            switch (entry.getName()) {
                case "manifest.json" -> reader.manifest(JSON.readValue(zip.readAllBytes(), BackupManifest.class));
                case "checkpoints.jsonl" -> {
                    for (String line; (line = lines.readLine()) != null; ) {
                        reader.checkpoint(JSON.readValue(line, CHECKPOINT));
                    }
                }
                case "events.jsonl" -> {
                    for (String line; (line = lines.readLine()) != null; ) {
                        reader.event(JSON.readValue(line, BackupEvent.class));
                    }
                }
                default -> throw new IOException("okänd del i säkerhetskopian: " + entry.getName());
            }
        }
    }

    interface BackupReader {
        void manifest(BackupManifest manifest);

        void checkpoint(Checkpoints.Issued checkpoint);

        void event(BackupEvent event) throws IOException;
    }
}
