import java.util.HashMap;
import java.util.Map;

/** The raw text of each top-level value of a JSON object: enough to re-nest a run's answer, no parser needed. */
final class TopLevel {
    static Map<String, String> of(String json) {
        Map<String, String> values = new HashMap<>();
        int i = json.indexOf('{') + 1;
        while (i < json.length()) {
            i = skipSpace(json, i);
            if (json.charAt(i) == '}') {
                break;
            }
            int keyEnd = stringEnd(json, i);
            String key = json.substring(i + 1, keyEnd - 1);
            int start = skipSpace(json, json.indexOf(':', keyEnd) + 1);
            int end = valueEnd(json, start);
            values.put(key, json.substring(start, end));
            i = skipSpace(json, end);
            if (json.charAt(i) == ',') {
                i++;
            }
        }
        return values;
    }

    private static int valueEnd(String s, int i) {
        if (s.charAt(i) == '"') {
            return stringEnd(s, i);
        }
        int depth = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                i = stringEnd(s, i) - 1;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return i;
                }
                if (--depth == 0) {
                    return i + 1;
                }
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return i;
    }

    /** Just past the closing quote of the string that opens at i. */
    private static int stringEnd(String s, int i) {
        for (int j = i + 1; ; j++) {
            if (s.charAt(j) == '\\') {
                j++;
            } else if (s.charAt(j) == '"') {
                return j + 1;
            }
        }
    }

    private static int skipSpace(String s, int i) {
        while (Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
