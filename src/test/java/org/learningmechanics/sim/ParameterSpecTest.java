package org.learningmechanics.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParameterSpecTest {

    @Test
    void valuesAreShownShortWithoutTrailingZeros() {
        assertThat(ParameterSpec.format(8)).isEqualTo("8");
        assertThat(ParameterSpec.format(0.5)).isEqualTo("0.5");
        assertThat(ParameterSpec.format(1e-3)).isEqualTo("0.001");
        assertThat(ParameterSpec.format(1e-5)).isEqualTo("1e-05");
        assertThat(ParameterSpec.format(0.123456789)).isEqualTo("0.123457");
        assertThat(ParameterSpec.formatSignificant(100, 3)).isEqualTo("100");
        assertThat(ParameterSpec.formatSignificant(0.0015199, 3)).isEqualTo("0.00152");
        assertThat(ParameterSpec.formatSignificant(1e-6, 3)).isEqualTo("1e-06");
        assertThat(ParameterSpec.formatSignificant(2.5, 3)).isEqualTo("2.5");
        assertThat(ParameterSpec.formatSignificant(1.3347, 3)).isEqualTo("1.33");
    }
}
