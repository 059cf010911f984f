package org.learningmechanics.experiment.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.learningmechanics.book.ChapterCatalog;
import org.learningmechanics.sim.InvalidParameterException;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.runner.SimulationCatalog;

/**
 * A run shared without saving: {@code run/deep-linear?depth=3&…&seed=1} opens a live panel with those parameters
 * and that seed and runs them (from the record when the run was made before). A value that is not allowed — out of
 * range, not a number, unknown, given twice, tampered with — is named with the reason and replaced by its default;
 * the page always opens.
 */
@Route("run/:simulationId")
@AnonymousAllowed
class SharedRunView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SimulationCatalog simulations;
    private final ChapterCatalog chapters;
    private final LivePanels live;
    private String title = "Shared run — Learning Mechanics";

    SharedRunView(SimulationCatalog simulations, ChapterCatalog chapters, LivePanels live) {
        this.simulations = simulations;
        this.chapters = chapters;
        this.live = live;
        addClassName("shared-run-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get("simulationId").orElse("");
        Article article = new Article();
        article.setId("content");
        article.addClassName("experiment");
        add(article);
        simulations.find(id).ifPresentOrElse(
                s -> show(article, s, event.getLocation().getQueryParameters().getParameters()),
                () -> {
                    title = "No such simulation — Learning Mechanics";
                    article.add(new H1("No such simulation"), new Paragraph("This link names a simulation the book "
                            + "does not have. Its simulations are " + String.join(", ", simulations.all().stream()
                            .map(s -> s.descriptor().id()).toList()) + "."), new Anchor("", "Go to the book"));
                });
    }

    private void show(Article article, Simulation simulation, Map<String, List<String>> query) {
        title = simulation.descriptor().title() + " (shared run) — Learning Mechanics";
        List<String> problems = new ArrayList<>();
        long seed = LinkParameters.seed(query.get("seed"), problems);
        Map<String, String> text = new LinkedHashMap<>();
        query.forEach((name, values) -> {
            if (name.equals("seed")) {
                return;
            }
            if (values.size() != 1) {
                problems.add("\"" + LinkParameters.shown(name) + "\" is given more than once; its default is used.");
            } else {
                text.put(name, values.getFirst());
            }
        });
        ParameterValues parameters = LinkParameters.parse(simulation, text, problems);
        article.add(new H1(simulation.descriptor().title()));
        article.add(new Paragraph("A run shared by link: these parameters and seed " + seed + ". Change them and run "
                + "again, or save it as an experiment."));
        if (!problems.isEmpty()) {
            Div banner = new Div(new Paragraph("Some values in this link were not used:"));
            UnorderedList list = new UnorderedList();
            problems.forEach(p -> list.add(new ListItem(p)));
            banner.add(list);
            banner.setId("shared-run-problems");
            banner.addClassName("experiment-problem");
            banner.getElement().setAttribute("role", "alert");
            article.add(banner);
        }
        chapters.home(simulation.descriptor()).ifPresent(c -> article.add(new Paragraph(new Anchor("chapters/" + c.id(),
                        "Read about it in: " + c.title()))));
        article.add(live.panel(simulation, parameters, seed));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Reading a link's values, where anything may have been typed or tampered with. */
    static final class LinkParameters {

        private LinkParameters() {
        }

        static long seed(List<String> values, List<String> problems) {
            if (values == null) {
                return SimulationCatalog.DEFAULT_SEED;
            }
            try {
                if (values.size() == 1) {
                    return Long.parseLong(values.getFirst().trim());
                }
                problems.add("\"seed\" is given more than once; the default seed is used.");
            } catch (NumberFormatException e) {
                problems.add("seed: \"" + shown(values.getFirst()) + "\" is not a whole number; the default seed "
                        + "is used.");
            }
            return SimulationCatalog.DEFAULT_SEED;
        }

        /** The values, each one that is not allowed dropped (so its default applies) with the reason noted. */
        static ParameterValues parse(Simulation simulation, Map<String, String> text, List<String> problems) {
            Map<String, String> remaining = new LinkedHashMap<>(text);
            while (true) {
                try {
                    return ParameterValues.fromText(simulation.descriptor(), remaining);
                } catch (InvalidParameterException invalid) {
                    String name = invalid.parameter();
                    if (name == null || remaining.remove(name) == null) {
                        problems.add(invalid.getMessage() + " All parameters are at their defaults.");
                        return ParameterValues.defaults(simulation.descriptor());
                    }
                    problems.add(shown(name) + ": " + invalid.getMessage() + " Its default is used.");
                }
            }
        }

        /** Text from a link, shortened so a long tampered value cannot flood the page. */
        static String shown(String text) {
            return text.length() > 40 ? text.substring(0, 40) + "…" : text;
        }
    }
}
