package org.learningmechanics.experiment.ui;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.ui.CurrentAccount;
import org.learningmechanics.experiment.Experiment;
import org.learningmechanics.experiment.ExperimentException;
import org.learningmechanics.experiment.ExperimentService;
import org.learningmechanics.experiment.Visibility;
import org.learningmechanics.sim.ui.FinishedRun;

/** Keeps the run on screen as an experiment: a title, notes and who may open it; then its link, ready to copy. */
class SaveDialog extends Dialog {

    private final TextField title = new TextField("Title");
    private final TextArea notes = new TextArea("Notes");
    private final Select<Visibility> visibility = new Select<>();

    SaveDialog(ExperimentService experiments, CurrentAccount current, FinishedRun run) {
        setHeaderTitle("Save experiment");
        title.setId("experiment-title");
        title.setRequired(true);
        title.setMaxLength(ExperimentService.MAX_TITLE_LENGTH);
        title.setWidthFull();
        notes.setId("experiment-notes");
        notes.setMaxLength(ExperimentService.MAX_NOTES_LENGTH);
        notes.setHelperText("What you tried and what you saw; optional.");
        notes.setWidthFull();
        visibility.setId("experiment-visibility");
        visibility.setLabel("Who can open its link");
        visibility.setItems(Visibility.offered());
        visibility.setItemLabelGenerator(Visibility::label);
        visibility.setValue(Visibility.PRIVATE);
        Paragraph what = new Paragraph("Keeps exactly this run: " + run.simulation().descriptor().title()
                + ", its parameters, seed " + run.seed() + " and the full result.");
        add(what, title, notes, visibility);

        Button save = new Button("Save", e -> save(experiments, current, run));
        save.setId("experiment-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> title.focus());
    }

    private void save(ExperimentService experiments, CurrentAccount current, FinishedRun run) {
        UUID owner = current.get().map(Account::id).orElse(null);
        if (owner == null) {
            title.setErrorMessage("You are no longer signed in. Sign in again to save.");
            title.setInvalid(true);
            return;
        }
        try {
            Experiment saved = experiments.save(owner, new ExperimentService.Run(run.simulation(), run.parameters(),
                    run.seed(), run.result()), title.getValue(), notes.getValue(), visibility.getValue());
            showSaved(saved);
        } catch (ExperimentException problem) {
            var field = problem.getMessage().startsWith("Notes") ? notes : title;
            field.setErrorMessage(problem.getMessage());
            field.setInvalid(true);
        }
    }

    private void showSaved(Experiment saved) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle("Saved");
        add(new Paragraph(switch (saved.visibility()) {
                    case PRIVATE -> "Only you can open this link while it is private; change that on its page.";
                    case COURSE -> "Your instructors and classmates can open this link.";
                    case UNLISTED -> "Anyone with this link can open it.";
                }),
                new CopyLink(saved.path(), "experiment-link"));
        Button close = new Button("Close", e -> close());
        close.setId("experiment-saved-close");
        getFooter().add(close);
    }
}
