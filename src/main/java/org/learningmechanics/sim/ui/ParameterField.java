package org.learningmechanics.sim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.learningmechanics.sim.InvalidParameterException;
import org.learningmechanics.sim.ParameterSpec;

/**
 * One numeric parameter: a slider for quick exploration beside a text field for exact values. Log-scale parameters
 * get a slider over log₁₀ of the value, so every decade gets the same travel. The text field is the source of
 * truth; what it holds is checked against the parameter's range, with the reason shown under it.
 */
class ParameterField extends Composite<Div> implements ParameterInput {

    private static final int SLIDER_STEPS = 200;

    private final ParameterSpec spec;
    private final RangeInput slider = new RangeInput(ValueChangeMode.EAGER);
    private final TextField field = new TextField();

    ParameterField(ParameterSpec spec) {
        this.spec = spec;
        field.setLabel(spec.label());
        field.setHelperText(spec.description());
        field.setId("param-" + spec.name());
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        if (!spec.unit().isEmpty()) {
            field.setSuffixComponent(new Span(spec.unit()));
        }
        slider.setMin(toSlider(spec.min()));
        slider.setMax(toSlider(spec.max()));
        slider.setStep(spec.type() == ParameterSpec.Type.INTEGER ? 1.0
                : (toSlider(spec.max()) - toSlider(spec.min())) / SLIDER_STEPS);
        slider.setAriaLabel(spec.label() + (spec.scale() == ParameterSpec.Scale.LOG ? " (logarithmic slider)" : ""));
        slider.addClassName("parameter-slider");
        slider.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                field.setValue(ParameterSpec.format(fromSlider(e.getValue())));
                field.setInvalid(false);
            }
        });
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                validate();
            }
        });
        getContent().addClassName("parameter-field");
        getContent().add(field, slider);
        setValue(spec.defaultValue());
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public String text() {
        return field.getValue();
    }

    @Override
    public void setValue(Object value) {
        double number = ((Number) value).doubleValue();
        field.setValue(ParameterSpec.format(number));
        field.setInvalid(false);
        slider.setValue(toSlider(number));
    }

    /** Checks the typed value; shows why it is not allowed next to the field. */
    @Override
    public boolean validate() {
        try {
            Object value = spec.parse(field.getValue());
            slider.setValue(toSlider(((Number) value).doubleValue()));
            field.setInvalid(false);
            return true;
        } catch (InvalidParameterException e) {
            showError(e.getMessage());
            return false;
        }
    }

    @Override
    public void showError(String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    @Override
    public void setEnabled(boolean enabled) {
        field.setEnabled(enabled);
        slider.setEnabled(enabled);
    }

    @Override
    public Component component() {
        return this;
    }

    private double toSlider(double value) {
        return spec.scale() == ParameterSpec.Scale.LOG ? Math.log10(value) : value;
    }

    private double fromSlider(double position) {
        if (spec.scale() == ParameterSpec.Scale.LOG) {
            return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", Math.pow(10, position)));
        }
        return spec.type() == ParameterSpec.Type.INTEGER ? Math.rint(position) : position;
    }
}
