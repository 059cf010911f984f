package org.learningmechanics.experiment.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import org.learningmechanics.experiment.Experiment;
import org.learningmechanics.experiment.ExperimentException;
import org.learningmechanics.experiment.ExperimentJson;
import org.learningmechanics.experiment.ExperimentService;

/**
 * Import an exported experiment: the file is read with a hard limit of 5 MB (more is never held in memory), checked
 * field by field, and stored only if all of it is acceptable; otherwise the reason is shown and nothing is kept.
 */
class ImportArea extends Div {

    private final ExperimentJson files;
    private final ExperimentService experiments;
    private final UUID owner;
    private final Consumer<Experiment> imported;
    private final Paragraph message = new Paragraph();

    ImportArea(ExperimentJson files, ExperimentService experiments, UUID owner, Consumer<Experiment> imported) {
        this.files = files;
        this.experiments = experiments;
        this.owner = owner;
        this.imported = imported;
        addClassName("import-area");
        Upload upload = new Upload(this::receive);
        upload.setId("experiment-import");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ExperimentJson.MAX_BYTES);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setUploadButton(new com.vaadin.flow.component.button.Button("Import an exported experiment…"));
        upload.addFileRejectedListener(e -> show(e.getErrorMessage(), true));
        message.setId("experiment-import-message");
        message.getElement().setAttribute("aria-live", "polite");
        add(upload, message);
    }

    private void receive(UploadEvent event) throws IOException {
        byte[] data;
        try (InputStream in = event.getInputStream()) {
            data = in.readNBytes(ExperimentJson.MAX_BYTES + 1);
        }
        event.getUI().access(() -> accept(data));
    }

    /** Checks and stores one file's bytes; says what happened either way. */
    void accept(byte[] data) {
        try {
            Experiment e = experiments.importFor(owner, files.read(data));
            show("Imported \"" + e.title() + "\"" + e.problem().map(p -> ". Note: " + p).orElse("."), false);
            imported.accept(e);
        } catch (ExperimentException problem) {
            show("Not imported: " + problem.getMessage(), true);
        }
    }

    private void show(String text, boolean error) {
        message.setText(text);
        message.getElement().getClassList().set("error", error);
    }
}
