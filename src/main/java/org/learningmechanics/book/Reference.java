package org.learningmechanics.book;

import java.util.List;

/**
 * One entry of the bibliography, ready to show.
 *
 * @param authors family names in order ("Saxe", "McClelland", "Ganguli")
 * @param venue   journal, proceedings or "arXiv preprint"
 * @param link    a URL to read it, or empty
 */
public record Reference(String key, List<String> authors, String fullAuthors, String year, String title, String venue,
                        String eprint, String link) {

    /** "Saxe et al., 2014", "Mezzadri, 2007", "Kaplan & Bahri, 2020": how the text cites it. */
    public String shortCitation() {
        String who = switch (authors.size()) {
            case 0 -> "Anon.";
            case 1 -> authors.getFirst();
            case 2 -> authors.get(0) + " & " + authors.get(1);
            default -> authors.getFirst() + " et al.";
        };
        return who + ", " + year;
    }
}
