package org.learningmechanics.book;

import java.util.List;

import org.jsoup.nodes.Element;

/**
 * The "References" section that ends a chapter: every work it cites, in order of first citation. Built with
 * jsoup's element API, which escapes text and attributes.
 */
final class ReferenceList {

    private ReferenceList() {
    }

    static String html(List<Reference> references) {
        if (references.isEmpty()) {
            return "";
        }
        Element section = new Element("section").addClass("references").attr("aria-labelledby", "references");
        section.appendElement("h2").id("references").text("References");
        Element list = section.appendElement("ol");
        for (Reference r : references) {
            Element item = list.appendElement("li").id("ref-" + r.key());
            item.appendText(r.fullAuthors() + " (" + r.year() + "). ");
            item.appendElement("cite").text(r.title());
            item.appendText(". " + r.venue() + ".");
            if (!r.eprint().isEmpty()) {
                item.appendText(" arXiv:" + r.eprint() + ".");
            }
            if (!r.link().isEmpty()) {
                item.appendText(" ");
                item.appendElement("a").attr("href", r.link()).attr("rel", "noopener").text(r.link());
            }
        }
        return section.outerHtml();
    }
}
