package org.learningmechanics.experiment.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.ui.CurrentAccount;
import org.learningmechanics.experiment.Experiment;
import org.learningmechanics.experiment.ExperimentJson;
import org.learningmechanics.experiment.ExperimentService;
import org.learningmechanics.sim.api.SeriesCsv;

/**
 * An experiment's files: the JSON that re-creates it and its series as CSV. Each download asks again whether the
 * person downloading may read the experiment (it may have been made private since the page was opened).
 */
final class ExperimentDownloads {

    private ExperimentDownloads() {
    }

    static Anchor json(Experiment experiment, ExperimentService experiments, ExperimentJson files,
                       CurrentAccount current) {
        return link(experiment, experiments, current, "json", "application/json", files::export, "Export JSON");
    }

    static Anchor csv(Experiment experiment, ExperimentService experiments, CurrentAccount current) {
        return link(experiment, experiments, current, "csv", "text/csv",
                e -> SeriesCsv.write(e.result()), "Series as CSV");
    }

    private static Anchor link(Experiment experiment, ExperimentService experiments, CurrentAccount current,
                               String extension, String type, Function<Experiment, String> content, String text) {
        String slug = experiment.slug();
        String name = experiment.simulationId() + "-" + slug + "." + extension;
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            Optional<Experiment> readable = experiments.open(slug, current.get().map(Account::id));
            if (readable.isEmpty()) {
                return DownloadResponse.error(404, "Not found");
            }
            byte[] bytes = content.apply(readable.get()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, type + "; charset=utf-8",
                    bytes.length);
        }), AttachmentType.DOWNLOAD, text);
        anchor.setId("export-" + extension);
        anchor.addClassName("download-link");
        return anchor;
    }
}
