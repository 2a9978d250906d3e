package se.ledger.imports.kolada;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import se.ledger.events.KoladaRef;
import se.ledger.imports.kolada.KoladaFailure.Kind;

/**
 * One page of Kolada's answer to /data/kpi/{kpi}/municipality/{municipality}:
 * {@code {count, values: [{kpi, municipality, period, values: [{gender, value, count, status}]}], next_page}}.
 * Only the total (gender T) is read; a year whose total is null (not published) is left out. Whatever
 * else the answer holds is checked strictly enough that a wrong answer is refused, not half read.
 */
record KoladaPage(List<KoladaValue> values, String nextPage) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

    /** @throws KoladaFailure of kind GARBAGE, saying what is wrong with the answer */
    static KoladaPage parse(String body, KoladaRef asked, String url) {
        JsonNode root;
        try {
            root = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw garbage(url, "svaret är inte JSON");
        }
        if (root == null || !root.isObject() || !root.path("values").isArray()) {
            throw garbage(url, "svaret saknar listan values");
        }
        var values = new ArrayList<KoladaValue>();
        var years = new HashSet<Integer>();
        for (JsonNode entry : root.get("values")) {
            if (!entry.path("kpi").asText().equals(asked.kpi())
                    || !entry.path("municipality").asText().equals(asked.municipality())) {
                throw garbage(url, "svaret gäller " + entry.path("kpi").asText("?") + " för kommun "
                        + entry.path("municipality").asText("?") + ", inte det som efterfrågades");
            }
            JsonNode period = entry.path("period");
            if (!period.canConvertToInt() || !period.isIntegralNumber() || period.asInt() < 1900
                    || period.asInt() > 2200) {
                throw garbage(url, "ett värde saknar år (period) eller har ett orimligt år: " + period);
            }
            BigDecimal total = total(entry.path("values"), period.asInt(), url);
            if (total != null) {
                if (!years.add(period.asInt())) {
                    throw garbage(url, "året " + period.asInt() + " förekommer två gånger");
                }
                values.add(new KoladaValue(period.asInt(), total));
            }
        }
        JsonNode next = root.path("next_page");
        if (!next.isMissingNode() && !next.isNull() && !next.isTextual()) {
            throw garbage(url, "next_page är inte en adress");
        }
        String nextPage = next.isTextual() && !next.asText().isBlank() ? next.asText() : null;
        return new KoladaPage(List.copyOf(values), nextPage);
    }

    private static BigDecimal total(JsonNode genders, int year, String url) {
        if (!genders.isArray()) {
            throw garbage(url, "året " + year + " saknar listan values");
        }
        BigDecimal total = null;
        for (JsonNode gender : genders) {
            if (!"T".equals(gender.path("gender").asText())) {
                continue;
            }
            JsonNode value = gender.path("value");
            if (value.isMissingNode() || value.isNull()) {
                return null;
            }
            if (!value.isNumber()) {
                throw garbage(url, "året " + year + " har ett värde som inte är ett tal: " + value);
            }
            total = value.decimalValue();
        }
        return total;
    }

    private static KoladaFailure garbage(String url, String what) {
        return new KoladaFailure(Kind.GARBAGE, url, "Kolada svarade med något oväntat: " + what + ".");
    }
}
