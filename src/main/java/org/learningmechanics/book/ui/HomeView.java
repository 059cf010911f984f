package org.learningmechanics.book.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.learningmechanics.book.Chapter;
import org.learningmechanics.book.ChapterCatalog;

/** The front page: what learning mechanics is, the five strands, and the chapters under each. */
@Route("")
@AnonymousAllowed
@PageTitle("Learning Mechanics")
class HomeView extends Div {

    /** The strands of Simon et al. (2026), in the book's order, with what each is about. */
    private record Strand(String key, String name, String about) {
    }

    private static final List<Strand> STRANDS = List.of(
            new Strand("intro", "Introduction", "What learning mechanics is, and how to use this book."),
            new Strand("1", "Solvable settings",
                    "Idealised models simple enough to solve exactly, rich enough to show what real networks do."),
            new Strand("2", "Tractable limits",
                    "Infinite width, depth or data: limits in which a random network becomes a deterministic object."),
            new Strand("3", "Simple laws",
                    "Power laws and stability thresholds that capture macroscopic observables of training."),
            new Strand("4", "Hyperparameter theories",
                    "Which knobs matter, and how they must scale with the size of the model."),
            new Strand("5", "Universal behaviours",
                    "Phenomena shared across architectures and datasets, which any theory must explain."),
            new Strand("outlook", "Outlook", "Where learning mechanics meets interpretability, and what is open."));

    HomeView(ChapterCatalog chapters) {
        addClassName("home");
        setId("content");
        getElement().setAttribute("tabindex", "-1");
        add(new H1("Learning Mechanics"));
        Paragraph lead = new Paragraph("An interactive textbook on the emerging science of how deep networks train. "
                + "Its fragments — exactly solvable models, tractable limits, simple laws, hyperparameter theories "
                + "and universal behaviours — are converging into one discipline, learning mechanics: the physics of "
                + "deep learning, which makes average-case predictions about training dynamics rather than "
                + "worst-case bounds (Simon et al., 2026). Every chapter runs live simulations on the server and draws "
                + "them beside the theory's prediction, so you can check each claim yourself.");
        lead.addClassName("home-lead");
        add(lead);
        chapters.all().stream().findFirst().ifPresent(first -> {
            Anchor start = new Anchor("chapters/" + first.id(), "Start reading: " + first.title());
            start.addClassName("start-reading");
            add(start);
        });
        for (Strand strand : STRANDS) {
            add(strandSection(strand, chapters.all().stream().filter(c -> c.strand().equals(strand.key())).toList()));
        }
    }

    private static Section strandSection(Strand strand, List<Chapter> chapters) {
        Section section = new Section();
        section.addClassName("strand");
        String label = strand.key().matches("\\d") ? "Strand " + strand.key() + " · " + strand.name() : strand.name();
        section.add(new H2(label));
        Paragraph about = new Paragraph(strand.about());
        about.addClassName("strand-about");
        section.add(about);
        if (chapters.isEmpty()) {
            Paragraph none = new Paragraph("Its chapter is being written.");
            none.addClassName("strand-empty");
            section.add(none);
        }
        for (Chapter chapter : chapters) {
            Div card = new Div();
            card.addClassName("chapter-card");
            H3 title = new H3(new Anchor("chapters/" + chapter.id(), chapter.title()));
            Paragraph meta = new Paragraph(ChapterHeader.meta(chapter));
            meta.addClassName("chapter-meta");
            card.add(title, new Paragraph(chapter.summary()), meta);
            section.add(card);
        }
        return section;
    }
}
