package se.ledger.plan.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class StorableTextTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void nulAndLoneSurrogatesBecomeReplacementCharacters() {
        assertThat(StorableText.of("a\u0000b")).isEqualTo("a\uFFFDb");
        assertThat(StorableText.of("x\uD800y\uDC00z")).isEqualTo("x\uFFFDy\uFFFDz");
        assertThat(StorableText.of("end\uD83D")).isEqualTo("end\uFFFD");
    }

    @Test
    void everythingElseIsKeptAsWritten() {
        String text = "Åsa \uD83D\uDE00 tab\there\nrad \u0001 \u007f";
        assertThat(StorableText.of(text)).isSameAs(text);
        assertThat(StorableText.of((String) null)).isNull();
    }

    @Test
    void jsonTreesAreCleanedInValuesAndKeys() throws Exception {
        var tree = json.createObjectNode();
        tree.put("text", "a\u0000b");
        tree.putArray("list").add("\uDC00").add(4);
        tree.put("k\u0000", true);
        var clean = StorableText.of(tree);
        assertThat(clean.toString()).isEqualTo("{\"text\":\"a\uFFFDb\",\"list\":[\"\uFFFD\",4],\"k\uFFFD\":true}");
        var untouched = json.readTree("{\"a\":[1,\"ok\"]}");
        assertThat(StorableText.of(untouched)).isEqualTo(untouched);
    }
}
