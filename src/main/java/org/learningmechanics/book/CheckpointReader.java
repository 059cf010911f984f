package org.learningmechanics.book;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.learningmechanics.book.markdown.BookMarkdown;
import org.learningmechanics.book.markdown.Container;

/**
 * Reads a {@code ::: checkpoint} block: its question, a {@code ---} line, its answer, and how a prediction is judged
 * — a list of {@code [ ]}/{@code [x]} options in the question, {@code answer=… tolerance=…|relative=… unit="…"} on
 * the opening line, or neither (an open question). Mistakes become problems at their line.
 */
final class CheckpointReader {

    private static final Set<String> SETTINGS = Set.of("id", "answer", "tolerance", "relative", "unit");
    private static final Pattern MARKER = Pattern.compile("^\\[([ xX])]\\s*");

    /**
     * A checkpoint and where its parts are in the Markdown tree.
     *
     * @param separator the {@code ---} between question and answer; null when missing
     * @param choices   the list of options in the question; null when it is not multiple choice
     */
    record Read(Checkpoint checkpoint, Container block, Node separator, ListBlock choices) {
    }

    private final ParsedChapter chapter;
    private final Container container;

    private CheckpointReader(ParsedChapter chapter, Container container) {
        this.chapter = chapter;
        this.container = container;
    }

    static Read read(ParsedChapter chapter, Container container) {
        return new CheckpointReader(chapter, container).read();
    }

    private Read read() {
        Map<String, String> settings = container.options();
        String id = settings.getOrDefault("id", "");
        if (id.isEmpty()) {
            problem(container, "a checkpoint needs an id: '::: checkpoint id=some-name'");
        }
        settings.keySet().stream().filter(k -> !SETTINGS.contains(k)).sorted().forEach(k -> problem(container,
                "unknown checkpoint option '" + k + "' (use id, answer, tolerance or relative, unit)"));
        Node separator = null;
        for (Node child = container.getFirstChild(); child != null && separator == null; child = child.getNext()) {
            separator = child instanceof ThematicBreak ? child : null;
        }
        if (separator == null) {
            problem(container, "a checkpoint needs its question, a line '---' (after a blank line), then its answer");
        }
        ListBlock choices = choiceList(separator);
        List<String> optionTexts = new ArrayList<>();
        int right = choices == null ? -1 : options(choices, optionTexts);
        AnswerSpec spec;
        if (choices != null) {
            if (settings.containsKey("answer")) {
                problem(container, "a checkpoint is either multiple choice ([x] in a list) or numeric (answer=), "
                        + "not both");
            }
            spec = right >= 0 ? new AnswerSpec.Choice(optionTexts, right) : new AnswerSpec.Open();
        } else if (settings.containsKey("answer")) {
            spec = numeric(settings);
        } else {
            for (String key : List.of("tolerance", "relative", "unit")) {
                if (settings.containsKey(key)) {
                    problem(container, "'" + key + "=' only applies to a numeric checkpoint, with answer=…");
                }
            }
            spec = new AnswerSpec.Open();
        }
        return new Read(new Checkpoint(id, text(container.getFirstChild(), separator, choices),
                separator == null ? "" : text(separator.getNext(), null, null), spec), container, separator, choices);
    }

    /** The list in the question whose items are options; at most one list may be. */
    private ListBlock choiceList(Node separator) {
        ListBlock found = null;
        for (Node child = container.getFirstChild(); child != null && child != separator; child = child.getNext()) {
            if (child instanceof ListBlock list && marked(list)) {
                if (found != null) {
                    problem(list, "a checkpoint has one list of options; this is a second");
                } else {
                    found = list;
                }
            }
        }
        return found;
    }

    /** Strips the {@code [ ]}/{@code [x]} markers, collecting the options; the index of the right one, or -1. */
    private int options(ListBlock list, List<String> texts) {
        List<Integer> right = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Text text = marker(item);
            if (text == null) {
                problem(item, "every option starts with '[ ]' (wrong) or '[x]' (right)");
                continue;
            }
            Matcher m = MARKER.matcher(text.getLiteral());
            m.find();
            if (!m.group(1).equals(" ")) {
                right.add(texts.size());
            }
            text.setLiteral(text.getLiteral().substring(m.end()));
            String option = text(item.getFirstChild(), null, null);
            if (!seen.add(option)) {
                problem(item, "two options read '" + option + "'");
            }
            texts.add(option);
        }
        if (texts.size() < 2) {
            problem(list, "a multiple-choice checkpoint needs at least two options");
        }
        if (right.size() != 1) {
            problem(list, "a multiple-choice checkpoint needs exactly one right option '[x]', not " + right.size());
        }
        return right.size() == 1 && texts.size() >= 2 ? right.getFirst() : -1;
    }

    private static boolean marked(ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (marker(item) != null) {
                return true;
            }
        }
        return false;
    }

    /** The text holding an item's {@code [ ]}/{@code [x]} marker, or null. */
    private static Text marker(Node item) {
        if (item instanceof ListItem && item.getFirstChild() instanceof Paragraph paragraph
                && paragraph.getFirstChild() instanceof Text text && MARKER.matcher(text.getLiteral()).find()) {
            return text;
        }
        return null;
    }

    private AnswerSpec numeric(Map<String, String> settings) {
        Double value = number(settings, "answer");
        Double tolerance = number(settings, "tolerance");
        Double relative = number(settings, "relative");
        if (settings.containsKey("tolerance") == settings.containsKey("relative")) {
            problem(container, "a numeric checkpoint needs either tolerance=… (absolute) or relative=… "
                    + "(a fraction of the answer)");
        }
        Double margin = tolerance != null ? tolerance : relative;
        if (margin != null && margin < 0) {
            problem(container, "a tolerance cannot be negative: " + margin);
        }
        if (value == null || margin == null || margin < 0) {
            return new AnswerSpec.Open();
        }
        return new AnswerSpec.Numeric(value, margin, tolerance == null, settings.getOrDefault("unit", ""));
    }

    /** An option's number; null (with a problem) when it is given but not a finite number. */
    private Double number(Map<String, String> settings, String key) {
        String text = settings.get(key);
        if (text == null) {
            return null;
        }
        Double number = AnswerSpec.Numeric.parse(text);
        if (number == null) {
            problem(container, key + "=" + text + " is not a number");
        }
        return number;
    }

    /** Plain text of the blocks from {@code from} up to {@code until}, leaving out the list of options. */
    private static String text(Node from, Node until, Node skip) {
        StringBuilder text = new StringBuilder();
        for (Node child = from; child != null && child != until; child = child.getNext()) {
            if (child != skip) {
                text.append(BookMarkdown.plainText(child).strip()).append('\n');
            }
        }
        return text.toString().strip();
    }

    private void problem(Node at, String message) {
        ChapterParser.problem(chapter, at, message);
    }
}
