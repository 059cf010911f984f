package org.learningmechanics.book.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.learningmechanics.book.ChapterProblem;

/** Mistakes in a chapter's source, shown where its author will see them first: at the top of the chapter. */
class ProblemsBanner extends Div {

    ProblemsBanner(List<ChapterProblem> problems) {
        addClassName("chapter-problems");
        getElement().setAttribute("role", "alert");
        add(new Paragraph("This chapter's source has " + (problems.size() == 1 ? "a problem" : problems.size()
                + " problems") + " to fix:"));
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(p.toString())));
        add(list);
    }
}
