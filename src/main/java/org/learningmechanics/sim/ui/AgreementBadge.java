package org.learningmechanics.sim.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Span;
import org.learningmechanics.sim.Agreement;

/** Measured against predicted in one line: does the theory hold here, and by how much. */
class AgreementBadge extends Span {

    AgreementBadge() {
        addClassName("agreement-badge");
        setVisible(false);
    }

    void show(Agreement agreement) {
        boolean holds = agreement.holds();
        setText((holds ? "Theory holds" : "Theory breaks here") + " — " + agreement.metric() + ": "
                + percent(agreement.value()) + " (threshold " + percent(agreement.threshold()) + "). "
                + agreement.explanation());
        getElement().setAttribute("data-holds", Boolean.toString(holds));
        setVisible(true);
    }

    void clear() {
        setVisible(false);
    }

    private static String percent(double fraction) {
        double p = 100 * fraction;
        return p < 0.01 ? "< 0.01 %" : String.format(Locale.ROOT, "%.2g %%", p);
    }
}
