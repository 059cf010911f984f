package org.learningmechanics.book.ui;

import java.util.List;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.learningmechanics.book.Chapter;
import org.learningmechanics.book.ChapterCatalog;
import org.learningmechanics.book.ChapterSegment;
import org.learningmechanics.ui.UniqueIds;
import org.learningmechanics.sim.runner.SimulationCatalog;
import org.learningmechanics.sim.runner.SimulationRunner;
import org.learningmechanics.sim.runner.SweepRunner;
import org.learningmechanics.sim.ui.PanelExtension;
import org.learningmechanics.sim.ui.SimulationPanel;
import org.learningmechanics.ui.math.MathProse;

/**
 * One chapter: its header (strand, title, reading time, objectives), its prose with typeset math and its live
 * simulations where the text embeds them, an outline that follows the reader's scroll position, and the way on to
 * the previous and next chapters. Problems in the chapter's source are shown at the top.
 */
@Route("chapters/:chapterId")
@AnonymousAllowed
class ChapterView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ChapterCatalog chapters;
    private final SimulationCatalog simulations;
    private final SimulationRunner runner;
    private final SweepRunner sweeps;
    private final List<PanelExtension> extensions;
    private String title = "Learning Mechanics";

    ChapterView(ChapterCatalog chapters, SimulationCatalog simulations, SimulationRunner runner,
                SweepRunner sweeps, List<PanelExtension> extensions) {
        this.chapters = chapters;
        this.simulations = simulations;
        this.runner = runner;
        this.sweeps = sweeps;
        this.extensions = extensions;
        addClassName("chapter-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get("chapterId").orElse("");
        chapters.find(id).ifPresentOrElse(this::show, () -> showMissing(id));
    }

    private void show(Chapter chapter) {
        title = chapter.title() + " — Learning Mechanics";
        Article article = new Article();
        article.addClassName("chapter");
        article.setId("content");
        article.getElement().setAttribute("tabindex", "-1");
        if (!chapter.problems().isEmpty()) {
            article.add(new ProblemsBanner(chapter.problems()));
        }
        article.add(new ChapterHeader(chapter));
        for (ChapterSegment segment : chapter.segments()) {
            switch (segment) {
                case ChapterSegment.Prose prose -> article.add(new MathProse(prose.html()));
                case ChapterSegment.EmbeddedSimulation embedded -> simulations.find(embedded.simulationId())
                        .ifPresent(s -> article.add(new SimulationPanel(s, embedded.preset(), runner, sweeps,
                                extensions)));
            }
        }
        article.add(new ChapterNavigation(chapters.previous(chapter), chapters.next(chapter)));
        UniqueIds.apply(article);
        add(article, new ChapterOutline(chapter));
    }

    private void showMissing(String id) {
        title = "No such chapter — Learning Mechanics";
        Article article = new Article();
        article.addClassName("chapter");
        article.add(new H1("No such chapter"));
        article.add(new Paragraph("There is no chapter called \"" + id + "\". It may have been renamed."));
        article.add(new Anchor("", "Go to the table of contents"));
        add(article);
    }

    /**
     * The browser scrolls to a link's #section before the chapter is drawn; scroll again once it is there, so
     * deep links land on their section.
     */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        getElement().executeJs("""
                setTimeout(() => {
                  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
                  if (target) { target.scrollIntoView(); }
                }, 0);""");
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
