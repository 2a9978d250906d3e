package se.ledger.imports.kolada;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;
import se.ledger.events.KoladaRef;
import se.ledger.imports.kolada.KoladaFailure.Kind;

/** Reads every page of one KPI's values for one municipality from Kolada's open API v3. */
@Component
class KoladaClient {

    private final KoladaProperties properties;
    private final HttpClient http;

    KoladaClient(KoladaProperties properties) {
        this.properties = properties;
        // HTTP/1.1: a plain http:// mirror gets no h2c upgrade it may not understand
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** @throws KoladaFailure Kolada unreachable, too slow, answering an error or something unreadable */
    List<KoladaValue> values(KoladaRef kolada) {
        String base = properties.base();
        String url = KoladaPages.first(base, kolada.kpi(), kolada.municipality(), properties.perPage());
        var values = new ArrayList<KoladaValue>();
        var asked = new HashSet<String>();
        while (url != null) {
            if (!asked.add(url) || asked.size() > properties.maxPages()) {
                throw new KoladaFailure(Kind.GARBAGE, url, "Kolada svarade med fler än " + properties.maxPages()
                        + " sidor, eller med en sida som pekar tillbaka på en tidigare (next_page).");
            }
            var page = KoladaPage.parse(get(url), kolada, url);
            values.addAll(page.values());
            String current = url;
            url = page.nextPage() == null ? null : KoladaPages.next(base, page.nextPage()).orElseThrow(
                    () -> new KoladaFailure(Kind.GARBAGE, current, "Kolada svarade med en nästa sida (next_page) "
                            + "utanför " + base + ": " + page.nextPage() + "."));
        }
        return values;
    }

    private String get(String url) {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(properties.readTimeout())
                .header("Accept", "application/json").GET().build();
        var answer = http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            // the whole answer, body too, within the read timeout
            response = answer.get(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw slow(url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KoladaFailure(Kind.UNREACHABLE, url, "Hämtningen från Kolada avbröts.");
        } catch (ExecutionException e) {
            throw failed(url, e.getCause());
        }
        if (response.statusCode() != 200) {
            throw new KoladaFailure(Kind.ERROR_STATUS, url, "Kolada svarade med status " + response.statusCode()
                    + " i stället för värden.");
        }
        return response.body();
    }

    private KoladaFailure failed(String url, Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new KoladaFailure(Kind.UNREACHABLE, url, "Kolada kunde inte nås: ingen anslutning inom "
                    + properties.connectTimeout().toSeconds() + " s.");
        }
        if (cause instanceof HttpTimeoutException) {
            return slow(url);
        }
        if (cause instanceof ConnectException) {
            return new KoladaFailure(Kind.UNREACHABLE, url, "Kolada kunde inte nås (anslutningen nekades).");
        }
        if (cause instanceof IOException) {
            return new KoladaFailure(Kind.UNREACHABLE, url, "Kolada kunde inte nås: förbindelsen bröts ("
                    + cause.getClass().getSimpleName() + ").");
        }
        return new KoladaFailure(Kind.UNREACHABLE, url, "Kolada kunde inte nås: " + cause);
    }

    private KoladaFailure slow(String url) {
        return new KoladaFailure(Kind.TIMEOUT, url, "Kolada svarade inte inom "
                + properties.readTimeout().toMillis() + " ms.");
    }
}
