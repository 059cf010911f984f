package org.learningmechanics.experiment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.ui.AccountSection;
import org.springframework.core.annotation.Order;

/** The account page's way to the owner's saved experiments. */
@org.springframework.stereotype.Component
@Order(20)
class ExperimentsSection implements AccountSection {

    @Override
    public String title() {
        return "Experiments";
    }

    @Override
    public Component content(Account account) {
        Anchor experiments = new Anchor("experiments", "Your saved experiments");
        experiments.setId("account-experiments");
        return experiments;
    }
}
