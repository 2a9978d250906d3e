package se.ledger.plan.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Text as PostgreSQL can hold it. The event store keeps whatever was written, and older events
 * may carry NUL (which neither text nor jsonb accepts) or lone UTF-16 surrogates (which have no
 * UTF-8 form); the projection shows both as U+FFFD rather than stop on them.
 */
public final class StorableText {

    static final char REPLACEMENT = '\uFFFD';

    private StorableText() {
    }

    public static String of(String text) {
        if (text == null || storable(text)) {
            return text;
        }
        var clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                clean.append(REPLACEMENT);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else {
                clean.append(Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return clean.toString();
    }

    public static JsonNode of(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            String text = node.textValue();
            return storable(text) ? node : TextNode.valueOf(of(text));
        }
        if (node.isObject()) {
            ObjectNode clean = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(field -> clean.set(of(field.getKey()), of(field.getValue())));
            return clean;
        }
        if (node.isArray()) {
            ArrayNode clean = JsonNodeFactory.instance.arrayNode(node.size());
            node.forEach(element -> clean.add(of(element)));
            return clean;
        }
        return node;
    }

    private static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
