package org.learningmechanics.book.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.learningmechanics.book.Chapter;

/** The top of a chapter: strand, title, reading time and simulations, and what the reader will be able to do. */
class ChapterHeader extends Div {

    ChapterHeader(Chapter chapter) {
        addClassName("chapter-header");
        Span strand = new Span(chapter.strandLabel());
        strand.addClassName("chapter-strand");
        add(strand, new H1(chapter.title()));
        Paragraph meta = new Paragraph(meta(chapter));
        meta.addClassName("chapter-meta");
        add(meta);
        if (!chapter.objectives().isEmpty()) {
            Div objectives = new Div();
            objectives.addClassName("chapter-objectives");
            objectives.add(new Paragraph("In this chapter you will:"));
            UnorderedList list = new UnorderedList();
            chapter.objectives().forEach(o -> list.add(new ListItem(o)));
            objectives.add(list);
            add(objectives);
        }
    }

    static String meta(Chapter chapter) {
        int simulations = (int) chapter.simulationIds().stream().distinct().count();
        return chapter.readingMinutes() + " min read" + switch (simulations) {
            case 0 -> "";
            case 1 -> " · 1 live simulation";
            default -> " · " + simulations + " live simulations";
        };
    }
}
