package org.learningmechanics.book.markdown;

import java.util.Map;

import org.commonmark.node.CustomBlock;

/**
 * A fenced directive that holds Markdown: {@code ::: key-idea} … {@code :::}. The kinds are callouts
 * ({@code key-idea}, {@code prediction}, {@code try-this}, {@code theory-breaks}) and {@code checkpoint}
 * ({@code ::: checkpoint id=… [answer=… tolerance=…]}: a question, a line {@code ---}, its answer; the chapter reads
 * and renders it, see {@code CheckpointReader}). Option values with spaces are quoted: {@code unit="time units"}.
 */
public final class Container extends CustomBlock {

    public static final Map<String, String> CALLOUTS = Map.of(
            "key-idea", "Key idea",
            "prediction", "Prediction",
            "try-this", "Try this",
            "theory-breaks", "Where the theory breaks");

    private final String kind;
    private final Map<String, String> options;

    Container(String kind, Map<String, String> options) {
        this.kind = kind;
        this.options = Map.copyOf(options);
    }

    public String kind() {
        return kind;
    }

    public Map<String, String> options() {
        return options;
    }

    public boolean isCheckpoint() {
        return kind.equals("checkpoint");
    }
}
