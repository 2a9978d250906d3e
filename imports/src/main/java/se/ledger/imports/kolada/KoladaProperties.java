package se.ledger.imports.kolada;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the ledger fetches Kolada's values.
 *
 * @param baseUrl        Kolada's open API v3 (or a mirror of it); next_page links are followed only below it
 * @param schedule       a cron expression for the import of every plan with connected indicators; "-" (the
 *                       default) turns the schedule off, the import then runs on demand only
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for one page of an answer
 * @param perPage        values asked for per page
 * @param maxPages       pages followed per KPI before the answer is taken as broken
 */
@ConfigurationProperties(prefix = "ledger.kolada")
public record KoladaProperties(URI baseUrl, String schedule, Duration connectTimeout, Duration readTimeout,
        Integer perPage, Integer maxPages) {

    public KoladaProperties {
        baseUrl = baseUrl == null ? URI.create("https://api.kolada.se/v3") : baseUrl;
        schedule = schedule == null || schedule.isBlank() ? "-" : schedule;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
        perPage = perPage == null ? 5000 : perPage;
        maxPages = maxPages == null ? 50 : maxPages;
        if (perPage < 1 || maxPages < 1) {
            throw new IllegalArgumentException("ledger.kolada.per-page and max-pages must be positive");
        }
    }

    /** The base without a trailing slash, so paths append alike whichever way it was written. */
    String base() {
        String text = baseUrl.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
