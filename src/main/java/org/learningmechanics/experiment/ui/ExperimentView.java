package org.learningmechanics.experiment.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.ui.CurrentAccount;
import org.learningmechanics.book.ChapterCatalog;
import org.learningmechanics.experiment.Experiment;
import org.learningmechanics.experiment.ExperimentException;
import org.learningmechanics.experiment.ExperimentJson;
import org.learningmechanics.experiment.ExperimentService;
import org.learningmechanics.experiment.Visibility;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.runner.SimulationCatalog;
import org.learningmechanics.sim.ui.StoredRun;
import org.learningmechanics.ui.Times;

/**
 * A saved experiment behind its link: the stored result drawn at once (nothing is computed), its parameters, its
 * chapter, who saved it and what they noted; then "Run it yourself", "Re-run and verify", "Fork" and the exports.
 * Who may see it is decided on every load from the signed-in account; anyone else gets the same "not found" page
 * whether or not the experiment exists.
 */
@Route("x/:slug")
@AnonymousAllowed
public class ExperimentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String NOT_FOUND = "This experiment is not there, or it is not shared with you.";

    private final ExperimentService experiments;
    private final CurrentAccount current;
    private final SimulationCatalog simulations;
    private final ChapterCatalog chapters;
    private final ExperimentJson files;
    private final LivePanels live;
    private String title = "Experiment — Learning Mechanics";

    ExperimentView(ExperimentService experiments, CurrentAccount current, SimulationCatalog simulations,
                   ChapterCatalog chapters, ExperimentJson files, LivePanels live) {
        this.experiments = experiments;
        this.current = current;
        this.simulations = simulations;
        this.chapters = chapters;
        this.files = files;
        this.live = live;
        addClassName("experiment-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String slug = event.getRouteParameters().get("slug").orElse("");
        Optional<UUID> viewer = current.get().map(Account::id);
        boolean openLive = event.getLocation().getQueryParameters().getParameters().containsKey("live");
        experiments.open(slug, viewer).ifPresentOrElse(e -> show(e, viewer, openLive), () -> notFound(slug));
    }

    private void show(Experiment e, Optional<UUID> viewer, boolean openLive) {
        title = e.title() + " — Learning Mechanics";
        boolean owner = viewer.map(e::ownedBy).orElse(false);
        Optional<Simulation> simulation = simulations.find(e.simulationId());
        Article article = new Article();
        article.addClassName("experiment");
        article.setId("content");
        H1 heading = new H1(e.title());
        heading.setId("experiment-heading");
        Paragraph meta = new Paragraph("Saved by " + e.ownerName() + " on " + Times.forViewer(e.createdAt()) + " · "
                + simulation.map(s -> s.descriptor().title()).orElse(e.simulationId()));
        meta.setId("experiment-meta");
        article.add(heading, meta);
        e.parent().ifPresent(parent -> article.add(new Paragraph(new Anchor("x/" + parent, "Forked from this "
                + "experiment"))));
        e.problem().ifPresent(problem -> article.add(banner(problem)));
        if (!e.notes().isBlank()) {
            Paragraph notes = new Paragraph(e.notes());
            notes.addClassName("experiment-notes");
            article.add(notes);
        }
        if (owner) {
            article.add(visibilityChoice(e));
        }
        simulation.flatMap(s -> chapters.home(s.descriptor())).ifPresent(c -> {
            Anchor link = new Anchor("chapters/" + c.id(), "From the chapter: " + c.title());
            link.setId("experiment-chapter");
            article.add(new Paragraph(link));
        });
        article.add(new H2("Result"));
        article.add(simulation.map(s -> storedRun(s, e)).orElseGet(() -> new Div(new Paragraph("This server "
                + "cannot draw this simulation's charts; its metrics are below."))));
        article.add(new H2("Parameters"), RunTables.parameters(List.of(e), simulation),
                new H2("Metrics"), RunTables.metrics(List.of(e)));
        Div liveArea = new Div();
        liveArea.addClassName("experiment-live");
        article.add(actions(e, simulation, viewer, owner, liveArea), liveArea);
        add(article);
        if (openLive) {
            simulation.ifPresent(s -> live.open(liveArea, s, e, owner));
        }
    }

    private Div storedRun(Simulation simulation, Experiment e) {
        try {
            return new StoredRun(simulation, ParameterValues.of(simulation.descriptor(), e.parameters()),
                    e.result());
        } catch (RuntimeException notDrawable) {
            return new Div(new Paragraph("The saved result cannot be drawn by today's version of the simulation; "
                    + "its numbers are below."));
        }
    }

    private Div actions(Experiment e, Optional<Simulation> simulation, Optional<UUID> viewer, boolean owner,
                        Div liveArea) {
        HorizontalLayout row = new HorizontalLayout();
        row.setWrap(true);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        Div panel = new Div(row);
        simulation.ifPresent(s -> {
            Button runIt = new Button("Run it yourself", VaadinIcon.PLAY.create(), click -> {
                live.open(liveArea, s, e, owner);
                click.getSource().setEnabled(false);
            });
            runIt.setId("run-it-yourself");
            runIt.addThemeVariants(ButtonVariant.PRIMARY);
            VerifyPanel verify = new VerifyPanel(e, s, live.runner());
            row.add(runIt, verify.button());
            panel.add(verify);
        });
        if (viewer.isPresent()) {
            Button fork = new Button("Fork", VaadinIcon.COPY_O.create(), click -> fork(e));
            fork.setId("fork");
            row.add(fork);
        } else {
            Anchor signIn = new Anchor("back?to=" + e.path(), "Sign in to fork");
            signIn.setId("sign-in-to-fork");
            row.add(signIn);
        }
        row.add(ExperimentDownloads.json(e, experiments, files, current),
                ExperimentDownloads.csv(e, experiments, current));
        return panel;
    }

    private void fork(Experiment e) {
        Optional<UUID> viewer = current.get().map(Account::id);
        if (viewer.isEmpty()) {
            return;
        }
        try {
            Experiment fork = experiments.fork(viewer.get(), e.slug());
            getUI().ifPresent(ui -> ui.navigate(fork.path(), QueryParameters.of("live", "")));
        } catch (ExperimentException problem) {
            add(banner(problem.getMessage()));
        }
    }

    private Div visibilityChoice(Experiment e) {
        Span saved = new Span();
        saved.setId("experiment-visibility-status");
        saved.getElement().setAttribute("aria-live", "polite");
        Select<Visibility> choice = new Select<>();
        choice.setId("experiment-visibility-choice");
        choice.setLabel("Who can open this link");
        choice.setItems(Visibility.offered());
        choice.setItemLabelGenerator(Visibility::label);
        choice.setValue(Visibility.offered().contains(e.visibility()) ? e.visibility() : Visibility.PRIVATE);
        choice.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                try {
                    experiments.changeVisibility(current.get().map(Account::id).orElseThrow(() ->
                            new ExperimentException("You are no longer signed in.")), e.id(), change.getValue());
                    saved.setText(switch (change.getValue()) {
                        case PRIVATE -> "Now only you can open this link.";
                        case COURSE -> "Now your instructors and classmates can open this link.";
                        case UNLISTED -> "Now anyone with this link can open it.";
                    });
                } catch (ExperimentException problem) {
                    saved.setText(problem.getMessage());
                }
            }
        });
        Div owner = new Div(choice, saved, new CopyLink(e.path(), "experiment-own-link"));
        owner.addClassName("experiment-owner-tools");
        return owner;
    }

    private void notFound(String slug) {
        title = "Not found — Learning Mechanics";
        Article article = new Article();
        article.addClassName("experiment");
        article.setId("content");
        article.add(new H1("Experiment not found"), new Paragraph(NOT_FOUND));
        if (current.get().isEmpty()) {
            article.add(new Paragraph(new Anchor("back?to=x/" + slugForLink(slug), "Sign in"),
                    new Span(" if it is yours.")));
        }
        add(article);
    }

    /** The slug as typed, if it could be one; else nothing (it goes into a link). */
    private static String slugForLink(String slug) {
        return slug.matches("[A-Za-z0-9_-]{1,40}") ? slug : "";
    }

    private static Paragraph banner(String text) {
        Paragraph banner = new Paragraph(text);
        banner.addClassName("experiment-problem");
        banner.getElement().setAttribute("role", "status");
        return banner;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
