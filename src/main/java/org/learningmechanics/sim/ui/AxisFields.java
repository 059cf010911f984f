package org.learningmechanics.sim.ui;

import java.util.List;

import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.learningmechanics.sim.InvalidParameterException;
import org.learningmechanics.sim.ParameterSpec;
import org.learningmechanics.sim.sweep.SweepAxis;

/** The inputs for one swept parameter: which one, from, to, how many points. */
class AxisFields extends FlexLayout {

    private final Select<ParameterSpec> parameter = new Select<>();
    private final TextField from = new TextField("From");
    private final TextField to = new TextField("To");
    private final IntegerField points = new IntegerField("Points");

    AxisFields(String id, List<ParameterSpec> choices, ParameterSpec initial) {
        addClassName("sweep-axis");
        setFlexWrap(FlexWrap.WRAP);
        parameter.setLabel(id.equals("x") ? "Parameter" : "Second parameter");
        parameter.setItems(choices);
        parameter.setItemLabelGenerator(ParameterSpec::label);
        parameter.setId("sweep-" + id + "-parameter");
        from.setId("sweep-" + id + "-from");
        to.setId("sweep-" + id + "-to");
        points.setId("sweep-" + id + "-points");
        points.setMin(2);
        points.setMax(SweepAxis.MAX_POINTS);
        points.setStepButtonsVisible(true);
        parameter.addValueChangeListener(e -> reset(e.getValue()));
        parameter.setValue(initial);
        add(parameter, from, to, points);
    }

    private void reset(ParameterSpec spec) {
        from.setValue(ParameterSpec.format(spec.min()));
        to.setValue(ParameterSpec.format(spec.max()));
        points.setValue(spec.type() == ParameterSpec.Type.INTEGER ? (int) Math.min(12, spec.max() - spec.min() + 1)
                : 12);
        from.setInvalid(false);
        to.setInvalid(false);
    }

    /** The axis as entered, or an explanation next to the field that is wrong. */
    SweepAxis axis() {
        ParameterSpec spec = parameter.getValue();
        double start = number(from, spec);
        double end = number(to, spec);
        Integer count = points.getValue();
        if (count == null) {
            points.setErrorMessage("How many points?");
            points.setInvalid(true);
            throw new InvalidParameterException(spec.name(), "Say how many points the sweep should have.");
        }
        return new SweepAxis(spec, start, end, count);
    }

    private static double number(TextField field, ParameterSpec spec) {
        try {
            double value = ((Number) spec.parse(field.getValue())).doubleValue();
            field.setInvalid(false);
            return value;
        } catch (InvalidParameterException e) {
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            throw e;
        }
    }
}
