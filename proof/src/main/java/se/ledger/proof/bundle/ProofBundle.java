package se.ledger.proof.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * One file an auditor keeps: manifest.json, checkpoint.note (the signed checkpoint), key.txt (the
 * verifier key) and events.jsonl (one event per line, oldest leaf first).
 */
public record ProofBundle(BundleManifest manifest, String checkpointNote, String verifierKey,
        List<BundleEvent> events) {

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    public void write(OutputStream out) throws IOException {
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, "manifest.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            entry(zip, "checkpoint.note", checkpointNote.getBytes(StandardCharsets.UTF_8));
            entry(zip, "key.txt", (verifierKey + "\n").getBytes(StandardCharsets.UTF_8));
            var lines = new ByteArrayOutputStream();
            for (BundleEvent event : events) {
                lines.write(JSON.writeValueAsBytes(event));
                lines.write('\n');
            }
            entry(zip, "events.jsonl", lines.toByteArray());
        }
    }

    public static ProofBundle read(InputStream in) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (var zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        for (String name : List.of("manifest.json", "checkpoint.note", "key.txt", "events.jsonl")) {
            if (!entries.containsKey(name)) {
                throw new IOException("bevispaketet saknar " + name);
            }
        }
        var events = new ArrayList<BundleEvent>();
        for (String line : new String(entries.get("events.jsonl"), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                events.add(JSON.readValue(line, BundleEvent.class));
            }
        }
        return new ProofBundle(JSON.readValue(entries.get("manifest.json"), BundleManifest.class),
                new String(entries.get("checkpoint.note"), StandardCharsets.UTF_8),
                new String(entries.get("key.txt"), StandardCharsets.UTF_8).strip(), events);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
