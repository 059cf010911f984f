package org.learningmechanics.experiment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A link to share, shown in full with a Copy button beside it. */
class CopyLink extends Div {

    CopyLink(String path, String id) {
        addClassName("copy-link");
        Anchor link = new Anchor(path, "/" + path);
        link.setId(id);
        Span copied = new Span();
        copied.getElement().setAttribute("aria-live", "polite");
        Button copy = new Button("Copy", VaadinIcon.COPY.create(), e -> e.getSource().getUI().ifPresent(ui -> {
            ShareLinks.copy(ui, path);
            copied.setText("Copied.");
        }));
        copy.setId(id + "-copy");
        copy.addThemeVariants(ButtonVariant.SMALL);
        add(link, copy, copied);
    }
}
