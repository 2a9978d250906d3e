package se.ledger.imports.kolada;

import java.net.URI;
import java.util.Optional;

/**
 * The addresses of Kolada's pages. Kolada's next_page names its own host; it is followed below the
 * configured base address instead, so a mirror or a test stub keeps answering, and no answer can send
 * the ledger to another host.
 */
final class KoladaPages {

    private KoladaPages() {
    }

    static String first(String base, String kpi, String municipality, int perPage) {
        return base + "/data/kpi/" + kpi + "/municipality/" + municipality + "?per_page=" + perPage;
    }

    /** The next page below base, or empty when nextPage is not an address under the base's path. */
    static Optional<String> next(String base, String nextPage) {
        URI next;
        try {
            next = URI.create(nextPage.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String basePath = URI.create(base).getRawPath();
        String path = next.getRawPath();
        if (path == null || !path.startsWith(basePath + "/")) {
            return Optional.empty();
        }
        return Optional.of(base + path.substring(basePath.length())
                + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()));
    }
}
