package org.learningmechanics.sim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import org.learningmechanics.sim.ParameterSpec;

/** A parameter with a fixed set of values, e.g. the initialisation scheme. */
class ChoiceField implements ParameterInput {

    private final ParameterSpec spec;
    private final Select<String> select = new Select<>();

    ChoiceField(ParameterSpec spec) {
        this.spec = spec;
        select.setLabel(spec.label());
        select.setHelperText(spec.description());
        select.setId("param-" + spec.name());
        select.setItems(spec.choices());
        select.setValue((String) spec.defaultValue());
        select.setEmptySelectionAllowed(false);
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public String text() {
        return select.getValue();
    }

    @Override
    public void setValue(Object value) {
        select.setValue((String) value);
        select.setInvalid(false);
    }

    @Override
    public boolean validate() {
        select.setInvalid(false);
        return select.getValue() != null;
    }

    @Override
    public void showError(String message) {
        select.setErrorMessage(message);
        select.setInvalid(true);
    }

    @Override
    public void setEnabled(boolean enabled) {
        select.setEnabled(enabled);
    }

    @Override
    public Component component() {
        return select;
    }
}
