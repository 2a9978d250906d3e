package se.ledger.standalone;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;

/** Hostile uploads to /api/imports: broken multipart, files with NUL, bad bytes, formulas, absurd values. */
final class ImportUploads {

    private static final String SHEET = "typ;id;titel;organisation;start;slut;mål;enhet;ingångsvärde;ingångsdatum;"
            + "målvärde;måldatum\n"
            + "PLAN;F{n};Fuzzplan {n};Kommunstyrelsen;2022-01-01;2022-12-31;;;;;;\n"
            + "MÅL;F{n}-M1;Trygg skola;;;;;;;;;\n"
            + "NYCKELTAL;F{n}-N1;Trygghet;;;;F{n}-M1;%;80;2021-12-31;90;2022-12-31\n";

    private ImportUploads() {
    }

    static HostileRequests.Hostile next(Random random, HostileValues values, int n) {
        String boundary = "----fuzz" + n;
        String sheet = SHEET.replace("{n}", Integer.toString(n));
        byte[] file = switch (random.nextInt(9)) {
            case 0 -> sheet.replace("Trygg skola", "Trygg\u0000skola").getBytes(StandardCharsets.UTF_8);
            case 1 -> sheet.replace("Trygg skola", "Trygg\u0085skola\u001b").getBytes(StandardCharsets.UTF_8);
            case 2 -> sheet.getBytes(java.nio.charset.Charset.forName("windows-1252"));
            case 3 -> sheet.replace("Trygghet", "=cmd|' /C calc'!A0").replace(";80;", ";1e400;")
                    .getBytes(StandardCharsets.UTF_8);
            case 4 -> sheet.replace("2022-12-31;;", "+99999-12-31;;").replace(";90;", ";1000000000000;")
                    .getBytes(StandardCharsets.UTF_8);
            case 5 -> noise(random);
            case 6 -> new byte[0];
            case 7 -> (sheet + "MÅL;F" + n + "-M2;" + values.huge() + ";;;;;;;;;\n").getBytes(StandardCharsets.UTF_8);
            default -> sheet.getBytes(StandardCharsets.UTF_8);
        };
        var body = new ByteArrayOutputStream();
        int shape = random.nextInt(8);
        if (shape != 0) {
            String name = shape == 1 ? "../../" + values.segment() + ".csv" : "fuzz-" + n + ".csv";
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + (shape == 2 ? "fil" : "file")
                    + "\"; filename=\"" + name + "\"\r\nContent-Type: text/csv\r\n\r\n");
            body.writeBytes(file);
            write(body, "\r\n");
        }
        String query = switch (random.nextInt(7)) {
            case 0 -> "?format=" + values.segment();
            case 1 -> "?year=" + values.segment();
            case 2 -> "?dryRun=kanske";
            case 3 -> "?organisation=%00";
            case 4 -> "?format=csv&dryRun=true";
            default -> "?format=csv";
        };
        if (shape != 3) {
            write(body, "--" + boundary + "--\r\n");
        }
        String contentType = shape == 4 ? "multipart/form-data" : shape == 5 ? "application/json"
                : "multipart/form-data; boundary=" + boundary;
        return new HostileRequests.Hostile("POST", "/api/imports" + query, contentType, body.toByteArray(), Map.of(),
                "import");
    }

    private static byte[] noise(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(5000)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
