package org.learningmechanics.book.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.learningmechanics.book.Chapter;
import org.learningmechanics.book.ChapterCatalog;

/** The front page: what the book is, and its chapters. */
@Route("")
@PageTitle("Learning Mechanics")
class HomeView extends Div {

    HomeView(ChapterCatalog chapters) {
        addClassName("home");
        add(new H1("Learning Mechanics"));
        add(new Paragraph("An interactive textbook on the emerging science of how deep networks train: solvable "
                + "settings, tractable limits, simple laws, hyperparameter theories and universal behaviours, each "
                + "with live simulations drawn beside the theory's prediction."));
        add(new H2("Chapters"));
        Div list = new Div();
        list.addClassName("chapter-list");
        for (Chapter chapter : chapters.all()) {
            Div card = new Div();
            card.addClassName("chapter-card");
            Span strand = new Span(chapter.strandLabel());
            strand.addClassName("chapter-strand");
            Anchor title = new Anchor("chapters/" + chapter.id(), chapter.title());
            title.addClassName("chapter-link");
            card.add(strand, title, new Paragraph(chapter.summary()));
            list.add(card);
        }
        add(list);
    }
}
