package org.learningmechanics.course;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The dashboard and the class's checkpoint answers as CSV for a spreadsheet. Text a learner typed could start a
 * formula (=, +, -, @, or a tab or carriage return, per OWASP's CSV-injection advice): such cells are prefixed with
 * an apostrophe so spreadsheets show them as text instead of evaluating them.
 */
public final class CourseCsv {

    private CourseCsv() {
    }

    /** A row per learner: name, email, joined, last activity, then each assignment's status, due, scores, runs. */
    public static String dashboard(Dashboard dashboard) {
        List<String> header = new ArrayList<>(List.of("Learner", "Email", "Joined", "Last activity"));
        for (Assignment a : dashboard.assignments()) {
            String title = dashboard.heading(a);
            header.addAll(List.of(title + ": status", title + ": due", title + ": checkpoints right",
                    title + ": checkpoints answered", title + ": checkpoints required", title + ": simulations run",
                    title + ": last activity"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Dashboard.Row row : dashboard.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.learner().name(), row.learner().email(),
                    time(row.learner().joinedAt()), time(row.lastActivity())));
            for (Assignment a : dashboard.assignments()) {
                AssignmentCell cell = row.cell(a);
                cells.addAll(List.of(cell.status().label(), time(cell.due()), "" + cell.right(), "" + cell.answered(),
                        "" + cell.required(), "" + cell.runs(), time(cell.lastActivity())));
            }
            rows.add(cells);
        }
        return write(header, rows);
    }

    /** One row per learner and checkpoint answered: the raw responses behind the class predictions. */
    public static String answers(List<AnswerRow> answers) {
        List<List<String>> rows = answers.stream().map(a -> List.of(a.learner(), a.email(), a.chapterId(),
                a.checkpointId(), a.response(), a.correct() == null ? "" : a.correct() ? "right" : "wrong",
                "" + a.attempts(), time(a.answeredAt()))).toList();
        return write(List.of("Learner", "Email", "Chapter", "Checkpoint", "Response", "Judged", "Attempts",
                "Answered at (UTC)"), rows);
    }

    /** A learner's answer to one checkpoint, for {@link #answers}. */
    public record AnswerRow(String learner, String email, String chapterId, String checkpointId, String response,
                            Boolean correct, int attempts, Instant answeredAt) {
    }

    /** The cell as text a spreadsheet will not run: a leading =, +, -, @, tab or carriage return gets a quote. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    private static String write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(header.stream().map(CourseCsv::safe).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CourseCsv::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
