package se.samverkan.json.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Finds where values named by JSON Pointers start in a text, in one pass that descends only into the
 * containers on the way to a wanted pointer (others are skipped), so the cost is one tokenisation and the
 * memory that of the answers.
 */
final class LocationIndex {

    private LocationIndex() {
    }

    static Map<String, int[]> locate(JsonParser parser, Collection<String> pointers) {
        Set<String> onTheWay = new HashSet<>();
        onTheWay.add("");
        for (String pointer : pointers) {
            for (String p = pointer; !p.isEmpty(); p = parent(p)) {
                onTheWay.add(p);
            }
        }
        Map<String, int[]> found = new HashMap<>();
        try {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = parser.streamReadContext().pathAsPointer().toString();
                if (onTheWay.contains(pointer)) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    found.put(pointer, new int[] {Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())});
                } else if (token.isStructStart()) {
                    parser.skipChildren();
                }
            }
        } catch (JacksonException e) {
            // The text was read successfully before; answer with what was found.
        }
        Map<String, int[]> answer = new HashMap<>();
        for (String pointer : pointers) {
            String p = pointer;
            while (!found.containsKey(p) && !p.isEmpty()) {
                p = parent(p);
            }
            answer.put(pointer, found.getOrDefault(p, new int[] {1, 1}));
        }
        return answer;
    }

    private static String parent(String pointer) {
        int cut = pointer.lastIndexOf('/');
        return cut <= 0 ? "" : pointer.substring(0, cut);
    }
}
