package org.learningmechanics.course;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The emails in a roster file: any CSV (or one address per line) exported from a registrar or a spreadsheet. Every
 * cell with an @ is taken as an email; other cells (names, a header row) are passed over.
 *
 * @param emails  well-formed addresses, lower-cased, each once, in file order
 * @param invalid cells with an @ that are not an address
 */
public record RosterImport(List<String> emails, List<String> invalid) {

    public static final int MAX_CHARACTERS = 200_000;
    public static final int MAX_EMAILS = 2_000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public static RosterImport parse(String text) {
        if (text == null || text.isBlank()) {
            throw new CourseException("The roster is empty: give one email per line, or a CSV file with an email "
                    + "column.");
        }
        if (text.length() > MAX_CHARACTERS) {
            throw new CourseException("The roster is too long: at most " + MAX_CHARACTERS / 1000 + " thousand "
                    + "characters at a time.");
        }
        Set<String> emails = new LinkedHashSet<>();
        Set<String> invalid = new LinkedHashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).setDelimiter(text.contains(";") && !text.contains(",") ? ';' : ',').get();
        try {
            for (CSVRecord row : format.parse(new StringReader(text.replace("\uFEFF", "")))) {
                for (String cell : row) {
                    String value = cell.strip();
                    if (value.contains("@")) {
                        (EMAIL.matcher(value).matches() && value.length() <= 254 ? emails : invalid)
                                .add(value.toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException broken) {
            throw new CourseException("The roster is not a CSV file that can be read (check its quotes). Or paste "
                    + "one email per line.");
        }
        if (emails.size() > MAX_EMAILS) {
            throw new CourseException("At most " + MAX_EMAILS + " emails at a time; this roster has "
                    + emails.size() + ".");
        }
        if (emails.isEmpty() && invalid.isEmpty()) {
            throw new CourseException("No email addresses found in the roster.");
        }
        return new RosterImport(List.copyOf(emails), List.copyOf(invalid));
    }

    /**
     * What came of an import.
     *
     * @param withoutAccount emails with no account here: send these people the join link
     */
    public record Result(List<String> added, List<String> alreadyIn, List<String> withoutAccount,
                         List<String> invalid) {
    }
}
