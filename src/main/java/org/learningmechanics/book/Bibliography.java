package org.learningmechanics.book;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/** The book's references, read from {@code chapters/references.bib} with jbibtex. */
public final class Bibliography {

    private final Map<String, Reference> entries;

    private Bibliography(Map<String, Reference> entries) {
        this.entries = entries;
    }

    public static Bibliography empty() {
        return new Bibliography(Map.of());
    }

    /**
     * @throws ChapterFormatException when the file is not valid BibTeX
     */
    public static Bibliography parse(String bibtex) {
        BibTeXDatabase database;
        try (Reader reader = new StringReader(bibtex)) {
            database = new BibTeXParser().parse(reader);
        } catch (ParseException | TokenMgrException | java.io.IOException e) {
            throw new ChapterFormatException("references.bib: " + e.getMessage().lines().findFirst().orElse(""));
        }
        Map<String, Reference> entries = new LinkedHashMap<>();
        database.getEntries().forEach((key, entry) -> entries.put(key.getValue(), reference(key.getValue(), entry)));
        return new Bibliography(entries);
    }

    public Optional<Reference> find(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    private static Reference reference(String key, BibTeXEntry entry) {
        String authors = field(entry, BibTeXEntry.KEY_AUTHOR);
        List<String> families = new ArrayList<>();
        List<String> full = new ArrayList<>();
        for (String author : authors.split("\\s+and\\s+")) {
            if (author.isBlank()) {
                continue;
            }
            String[] parts = author.split(",", 2);
            String family = parts[0].strip();
            families.add(family);
            full.add(parts.length > 1 ? parts[1].strip() + " " + family : family);
        }
        String venue = first(entry, BibTeXEntry.KEY_JOURNAL, BibTeXEntry.KEY_BOOKTITLE);
        String eprint = field(entry, new Key("eprint"));
        if (venue.isEmpty() && !eprint.isEmpty()) {
            venue = "arXiv preprint";
        }
        String volume = field(entry, BibTeXEntry.KEY_VOLUME);
        String pages = field(entry, BibTeXEntry.KEY_PAGES);
        if (!volume.isEmpty()) {
            venue += " " + volume + (field(entry, BibTeXEntry.KEY_NUMBER).isEmpty() ? ""
                    : "(" + field(entry, BibTeXEntry.KEY_NUMBER) + ")");
        }
        if (!pages.isEmpty()) {
            venue += ", " + pages.replace("--", "–");
        }
        return new Reference(key, families, joinAuthors(full), field(entry, BibTeXEntry.KEY_YEAR),
                field(entry, BibTeXEntry.KEY_TITLE), venue, eprint, field(entry, BibTeXEntry.KEY_URL));
    }

    private static String joinAuthors(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private static String first(BibTeXEntry entry, Key... keys) {
        for (Key key : keys) {
            String value = field(entry, key);
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    /** A field as plain Unicode text: LaTeX accents and braces resolved by jbibtex's LaTeX printer. */
    private static String field(BibTeXEntry entry, Key key) {
        Value value = entry.getField(key);
        if (value == null) {
            return "";
        }
        String latex = value.toUserString();
        try {
            return new LaTeXPrinter().print(new LaTeXParser().parse(latex)).strip();
        } catch (ParseException | TokenMgrException e) {
            return latex.replace("{", "").replace("}", "").strip();
        }
    }
}
