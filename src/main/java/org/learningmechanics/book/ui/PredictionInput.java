package org.learningmechanics.book.ui;

import java.util.List;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.learningmechanics.book.AnswerSpec;

/**
 * Where a learner writes a prediction, fitted to the kind of checkpoint: options to choose from, a number (with its
 * unit beside it), or a few sentences.
 */
final class PredictionInput {

    private final AbstractSinglePropertyField<?, String> field;
    private final List<String> options;

    private PredictionInput(AbstractSinglePropertyField<?, String> field, List<String> options) {
        this.field = field;
        this.options = options;
        field.addClassName("checkpoint-input");
    }

    /** @param optionsHtml the options of a multiple-choice question as inline HTML, in order */
    static PredictionInput of(AnswerSpec spec, List<String> optionsHtml) {
        return switch (spec) {
            case AnswerSpec.Choice choice -> {
                RadioButtonGroup<String> group = new RadioButtonGroup<>("Your prediction");
                group.setItems(choice.options());
                group.setManualValidation(true);
                // The options carry math and links: show them as rendered, not as their plain text.
                group.setRenderer(new ComponentRenderer<>(option -> html(optionsHtml.get(choice.options().indexOf(option)))));
                yield new PredictionInput(group, choice.options());
            }
            case AnswerSpec.Numeric numeric -> {
                TextField number = new TextField("Your prediction");
                number.getElement().setAttribute("inputmode", "decimal");
                number.setManualValidation(true);
                number.setHelperText("A number, like 0.77 or 1e-3");
                if (!numeric.unit().isEmpty()) {
                    number.setSuffixComponent(new Span(numeric.unit()));
                }
                yield new PredictionInput(number, List.of());
            }
            case AnswerSpec.Open ignored -> {
                TextArea words = new TextArea("Your prediction");
                words.setMaxLength(AnswerSpec.Open.MAX_LENGTH);
                words.setManualValidation(true);
                words.setHelperText("A sentence or two: what will happen, and why?");
                words.setWidthFull();
                yield new PredictionInput(words, List.of());
            }
        };
    }

    private static Span html(String trustedHtml) {
        Span span = new Span();
        span.getElement().setProperty("innerHTML", trustedHtml);
        return span;
    }

    AbstractSinglePropertyField<?, String> component() {
        return field;
    }

    String value() {
        return field.getValue() == null ? "" : field.getValue();
    }

    /** Shows a committed prediction; one that no longer fits (an option since renamed) is left out. */
    void show(String response) {
        if (options.isEmpty() || options.contains(response)) {
            field.setValue(response);
        }
    }

    void clear() {
        field.clear();
    }

    void setReadOnly(boolean readOnly) {
        field.setReadOnly(readOnly);
    }

    void setError(String message) {
        ((HasValidationProperties) field).setErrorMessage(message);
        ((HasValidationProperties) field).setInvalid(message != null);
    }

    void focus() {
        field.getElement().callJsFunction("focus");
    }
}
