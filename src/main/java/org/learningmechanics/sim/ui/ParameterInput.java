package org.learningmechanics.sim.ui;

import com.vaadin.flow.component.Component;
import org.learningmechanics.sim.ParameterSpec;

/** What the panel needs of any parameter's input, whatever its type. */
interface ParameterInput {

    String name();

    /** The value as text, exactly as the person entered it. */
    String text();

    void setValue(Object value);

    /** Checks the current value and shows the reason next to the input when it is not allowed. */
    boolean validate();

    void showError(String message);

    void setEnabled(boolean enabled);

    Component component();

    static ParameterInput of(ParameterSpec spec) {
        return spec.type() == ParameterSpec.Type.CHOICE ? new ChoiceField(spec) : new ParameterField(spec);
    }
}
