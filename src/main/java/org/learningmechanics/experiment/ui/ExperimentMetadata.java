package org.learningmechanics.experiment.ui;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.learningmechanics.experiment.Experiment;
import org.learningmechanics.experiment.ExperimentService;
import org.springframework.stereotype.Component;

/**
 * Title and Open Graph tags in the page Vaadin sends for {@code /x/{slug}}, so a pasted link previews sensibly.
 * Only an unlisted experiment's title and notes are used — what anyone with the link may see anyway; for a private
 * one (even when its owner opens it) and for an unknown slug, the tags are the same generic ones, so a preview
 * never reveals a private title nor whether the experiment exists.
 */
@Component
class ExperimentMetadata implements VaadinServiceInitListener {

    private static final Pattern PATH = Pattern.compile("^/?x/([A-Za-z0-9_-]{1,40})/?$");
    private static final String SITE = "Learning Mechanics";
    private static final String GENERIC = "A saved simulation run from Learning Mechanics, an interactive textbook "
            + "on the science of how deep networks train.";

    private final ExperimentService experiments;

    ExperimentMetadata(ExperimentService experiments) {
        this.experiments = experiments;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::decorate);
    }

    private void decorate(IndexHtmlResponse response) {
        String path = response.getVaadinRequest().getPathInfo();
        Matcher matcher = PATH.matcher(path == null ? "" : path);
        if (!matcher.matches()) {
            return;
        }
        // the anonymous view: only what anyone with the link may see
        Optional<Experiment> shared = experiments.open(matcher.group(1), Optional.empty());
        String title = shared.map(e -> e.title() + " — " + SITE).orElse("Experiment — " + SITE);
        String description = shared.map(ExperimentMetadata::description).orElse(GENERIC);
        Document page = response.getDocument();
        page.title(title);
        meta(page, "property", "og:title", title);
        meta(page, "property", "og:description", description);
        meta(page, "property", "og:type", "article");
        meta(page, "property", "og:site_name", SITE);
        meta(page, "name", "description", description);
        meta(page, "name", "twitter:card", "summary");
    }

    private static String description(Experiment e) {
        String notes = e.notes().isBlank() ? "A saved run of the simulation " + e.simulationId() + "." : e.notes();
        String oneLine = notes.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 200 ? oneLine.substring(0, 199) + "…" : oneLine;
    }

    /** Sets one meta tag (jsoup escapes the value). */
    private static void meta(Document page, String attribute, String key, String value) {
        Element tag = page.head().selectFirst("meta[" + attribute + "=\"" + key + "\"]");
        if (tag == null) {
            tag = page.head().appendElement("meta").attr(attribute, key);
        }
        tag.attr("content", value);
    }
}
