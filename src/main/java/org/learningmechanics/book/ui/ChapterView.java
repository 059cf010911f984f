package org.learningmechanics.book.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.learningmechanics.book.Chapter;
import org.learningmechanics.book.ChapterCatalog;
import org.learningmechanics.book.ChapterSegment;
import org.learningmechanics.sim.runner.SimulationCatalog;
import org.learningmechanics.sim.runner.SimulationRunner;
import org.learningmechanics.sim.runner.SweepRunner;
import org.learningmechanics.sim.ui.SimulationPanel;
import org.learningmechanics.ui.math.MathProse;

/** One chapter: its prose with typeset math, and its live simulations where the text embeds them. */
@Route("chapters/:chapterId")
class ChapterView extends Article implements BeforeEnterObserver, HasDynamicTitle {

    private final ChapterCatalog chapters;
    private final SimulationCatalog simulations;
    private final SimulationRunner runner;
    private final SweepRunner sweeps;
    private String title = "Learning Mechanics";

    ChapterView(ChapterCatalog chapters, SimulationCatalog simulations, SimulationRunner runner,
                SweepRunner sweeps) {
        this.chapters = chapters;
        this.simulations = simulations;
        this.runner = runner;
        this.sweeps = sweeps;
        addClassName("chapter");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get("chapterId").orElse("");
        chapters.find(id).ifPresentOrElse(this::show, () -> showMissing(id));
    }

    private void show(Chapter chapter) {
        title = chapter.title() + " — Learning Mechanics";
        Span strand = new Span(chapter.strandLabel());
        strand.addClassName("chapter-strand");
        add(strand, new H1(chapter.title()));
        for (ChapterSegment segment : chapter.segments()) {
            switch (segment) {
                case ChapterSegment.Prose prose -> add(new MathProse(prose.html()));
                case ChapterSegment.EmbeddedSimulation embedded -> simulations.find(embedded.simulationId())
                        .ifPresent(s -> add(new SimulationPanel(s, embedded.preset(), runner, sweeps)));
            }
        }
    }

    private void showMissing(String id) {
        title = "No such chapter — Learning Mechanics";
        add(new H1("No such chapter"));
        add(new Paragraph("There is no chapter called \"" + id + "\". It may have been renamed."));
        add(new Anchor("", "Go to the table of contents"));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
