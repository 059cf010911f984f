package org.learningmechanics.experiment.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.learningmechanics.account.ui.CurrentAccount;
import org.learningmechanics.experiment.ExperimentService;
import org.learningmechanics.sim.ui.PanelExtension;
import org.learningmechanics.sim.ui.SimulationPanel;
import org.springframework.stereotype.Component;

/**
 * What every live panel offers for keeping and sharing its run: "Save experiment" once a run has finished (for a
 * signed-in reader; a visitor gets "Sign in to save", which comes back to the same page), and "Share link" for the
 * parameters and seed in the panel, saved or not.
 */
@Component
class ExperimentActions implements PanelExtension {

    private final ExperimentService experiments;
    private final CurrentAccount current;

    ExperimentActions(ExperimentService experiments, CurrentAccount current) {
        this.experiments = experiments;
        this.current = current;
    }

    @Override
    public void extend(SimulationPanel panel) {
        String id = panel.simulationId();
        if (current.isSignedIn()) {
            Button save = new Button("Save experiment", VaadinIcon.BOOKMARK.create());
            save.setId("save-" + id);
            save.setEnabled(false);
            save.addClickListener(e -> panel.finishedRun()
                    .ifPresent(run -> new SaveDialog(experiments, current, run).open()));
            panel.addFinishedRunListener(run -> save.setEnabled(run.isPresent()));
            panel.addAction(save);
        } else {
            Anchor signIn = new Anchor("signin", "Sign in to save");
            signIn.setId("sign-in-to-save-" + id);
            signIn.addClassName("sign-in-to-save");
            // Sign-in comes back to a signed-in-only page, which returns the reader to where they were.
            panel.addAttachListener(e -> signIn.setHref("back?to=" + URLEncoder.encode(
                    e.getUI().getInternals().getActiveViewLocation().getPathWithQueryParameters(),
                    StandardCharsets.UTF_8)));
            panel.addAction(signIn);
        }
        Button share = new Button("Share link", VaadinIcon.LINK.create());
        share.setId("share-" + id);
        share.addClickListener(e -> panel.currentParameters().ifPresent(parameters -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle("Share this run");
            dialog.add(new Paragraph("Opening this link runs " + panel.simulationTitle() + " with these parameters "
                            + "and seed " + panel.seed() + " (or shows the record of that run if it was run before)."),
                    new CopyLink(ShareLinks.run(id, parameters, panel.seed()), "share-link"));
            dialog.getFooter().add(new Button("Close", close -> dialog.close()));
            dialog.open();
        }));
        panel.addAction(share);
    }
}
