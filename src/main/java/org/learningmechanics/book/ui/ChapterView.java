package org.learningmechanics.book.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.learningmechanics.book.CheckpointState;
import org.learningmechanics.progress.ChapterProgress;
import org.learningmechanics.progress.CheckpointRecord;
import org.learningmechanics.progress.ui.ReadingProgress;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.ui.UniqueIds;
import org.learningmechanics.sim.runner.SimulationCatalog;
import org.learningmechanics.sim.runner.SimulationRunner;
import org.learningmechanics.sim.runner.SweepRunner;
import org.learningmechanics.sim.ui.PanelExtension;
import org.learningmechanics.sim.ui.SimulationPanel;
import org.learningmechanics.ui.math.MathProse;

/**
 * One chapter: its header (strand, title, reading time, objectives), its prose with typeset math, its live
 * simulations and checkpoints where the text places them, an outline that follows the reader's scroll position, and
 * the way on to the previous and next chapters. Problems in the chapter's source are shown at the top.
 */
@Route("chapters/:chapterId")
@AnonymousAllowed
class ChapterView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ChapterCatalog chapters;
    private final SimulationCatalog simulations;
    private final SimulationRunner runner;
    private final SweepRunner sweeps;
    private final ReadingProgress progress;
    private final List<PanelExtension> extensions;
    private String title = "Learning Mechanics";

    ChapterView(ChapterCatalog chapters, SimulationCatalog simulations, SimulationRunner runner,
                SweepRunner sweeps, ReadingProgress progress, List<PanelExtension> extensions) {
        this.chapters = chapters;
        this.simulations = simulations;
        this.runner = runner;
        this.sweeps = sweeps;
        this.progress = progress;
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
        Map<String, ChapterProgress> done = progress.all();
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
                        .ifPresent(s -> article.add(panel(chapter, s, embedded.preset())));
                case ChapterSegment.Checkpoint checkpoint -> article.add(new CheckpointPanel(chapter.id(), checkpoint,
                        recalled(done.get(chapter.id()), checkpoint.checkpoint().id()),
                        (chapterId, checkpointId, response, correct, attempt) -> progress.record(
                                log -> log.answered(chapterId, checkpointId, response, correct, attempt))));
            }
        }
        article.add(new ChapterNavigation(chapters.previous(chapter), chapters.next(chapter)));
        UniqueIds.apply(article);
        add(article, new ChapterOutline(chapter, section -> reached(chapter, section)));
        progress.record(log -> log.opened(chapter.id()));
    }

    private SimulationPanel panel(Chapter chapter, Simulation simulation, String preset) {
        SimulationPanel panel = new SimulationPanel(simulation, preset, runner, sweeps, extensions);
        panel.onReaderRunCompleted(id -> progress.record(log -> log.ran(chapter.id(), id)));
        return panel;
    }

    /** The learner's last committed answer to a checkpoint, so a returning reader sees it. */
    private static Optional<CheckpointState> recalled(ChapterProgress chapter, String checkpointId) {
        if (chapter == null || !chapter.checkpoints().containsKey(checkpointId)) {
            return Optional.empty();
        }
        CheckpointRecord answer = chapter.checkpoints().get(checkpointId);
        return Optional.of(new CheckpointState(answer.response(), answer.correct(), answer.attempts()));
    }

    /** The outline reports sections from the browser; only the chapter's own section ids are recorded. */
    private void reached(Chapter chapter, String sectionId) {
        boolean known = chapter.sections().stream().anyMatch(section -> section.id().equals(sectionId));
        if (known) {
            progress.record(log -> log.reached(chapter.id(), sectionId));
        }
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
