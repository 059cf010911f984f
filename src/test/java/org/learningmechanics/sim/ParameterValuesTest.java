package org.learningmechanics.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.learningmechanics.sim.linear.DeepLinearNetwork;

/** Every kind of bad input is refused with a message a person can act on, naming the parameter. */
class ParameterValuesTest {

    private final SimulationDescriptor descriptor = new DeepLinearNetwork().descriptor();

    private InvalidParameterException refusal(Map<String, String> text) {
        try {
            ParameterValues.fromText(descriptor, text);
        } catch (InvalidParameterException e) {
            return e;
        }
        throw new AssertionError("accepted " + text);
    }

    @Test
    void missingParametersTakeTheirDefaults() {
        ParameterValues p = ParameterValues.fromText(descriptor, Map.of("depth", "3"));
        assertThat(p.integer("depth")).isEqualTo(3);
        assertThat(p.number("initScale")).isEqualTo(1e-3);
        assertThat(p.choice("init")).isEqualTo("aligned");
    }

    @Test
    void theCanonicalFormIgnoresNotation() {
        assertThat(ParameterValues.fromText(descriptor, Map.of("tMax", "8", "initScale", "0.001")).canonical())
                .isEqualTo(ParameterValues.fromText(descriptor, Map.of("initScale", "1e-3", "tMax", "8.0")).canonical());
    }

    @Test
    void outOfRange() {
        var e = refusal(Map.of("tMax", "500"));
        assertThat(e.parameter()).isEqualTo("tMax");
        assertThat(e.getMessage()).isEqualTo("Training time t must be between 1 and 200.");
    }

    @Test
    void notANumber() {
        assertThat(refusal(Map.of("topSingular", "three")).getMessage())
                .isEqualTo("Top singular value s₁ must be a number, not \"three\".");
    }

    @Test
    void nonFiniteNumbers() {
        assertThat(refusal(Map.of("ratio", "NaN")).getMessage()).isEqualTo("Ratio sₖ₊₁/sₖ must be a finite number.");
        assertThat(refusal(Map.of("ratio", "Infinity")).getMessage()).contains("finite");
    }

    @Test
    void fractionalIntegers() {
        assertThat(refusal(Map.of("depth", "2.5")).getMessage()).isEqualTo("Depth D must be a whole number.");
    }

    @Test
    void unknownParameters() {
        var e = refusal(Map.of("learningRate", "0.1"));
        assertThat(e.parameter()).isEqualTo("learningRate");
        assertThat(e.getMessage()).startsWith("\"learningRate\" is not a parameter of");
    }

    @Test
    void unknownChoices() {
        assertThat(refusal(Map.of("init", "orthogonal")).getMessage()).isEqualTo("Initialisation must be one of aligned, random.");
    }

    @Test
    void emptyValues() {
        assertThat(refusal(Map.of("size", " ")).getMessage()).isEqualTo("Matrix size n needs a value.");
    }

    @Test
    void everyPresetIsValid() {
        descriptor.presets().forEach(preset -> ParameterValues.of(descriptor, preset.values()));
    }
}
