package org.learningmechanics.sim.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.learningmechanics.sim.InvalidParameterException;
import org.learningmechanics.sim.ParameterSpec;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.SimulationDescriptor;
import org.learningmechanics.sim.linear.DeepLinearNetwork;

class SweepPlanTest {

    private final SimulationDescriptor d = new DeepLinearNetwork().descriptor();

    private ParameterSpec spec(String name) {
        return d.parameter(name).orElseThrow();
    }

    @Test
    void linearParametersAreEvenlySpaced() {
        assertThat(new SweepAxis(spec("topSingular"), 1, 4, 4).values()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void logParametersAreGeometricallySpaced() {
        double[] v = new SweepAxis(spec("initScale"), 1e-5, 1e-1, 5).values();
        for (int i = 0; i < 5; i++) {
            assertThat(Math.log10(v[i])).isCloseTo(-5 + i, within(1e-12));
        }
    }

    @Test
    void integerParametersAreRoundedAndNotRepeated() {
        assertThat(new SweepAxis(spec("depth"), 2, 6, 20).values()).containsExactly(2, 3, 4, 5, 6);
    }

    @Test
    void aGridLeavesOutTheCombinationsTheSimulationRefuses() {
        ParameterValues base = ParameterValues.defaults(d);
        SweepPlan plan = new SweepPlan(d, base, new SweepAxis(spec("modes"), 1, 6, 6),
                Optional.of(new SweepAxis(spec("size"), 1, 6, 6)));
        assertThat(plan.points()).hasSize(21); // size ≥ modes: 1 + 2 + … + 6
        assertThat(plan.skipped()).isEqualTo(15);
        SweepPoint corner = plan.points().getLast();
        assertThat(corner.parameters().integer("modes")).isEqualTo(6);
        assertThat(corner.parameters().integer("size")).isEqualTo(6);
        assertThat(corner.parameters().number("tMax")).isEqualTo(8);
    }

    @Test
    void nonsenseSweepsAreRefusedInPlainWords() {
        assertThatThrownBy(() -> new SweepAxis(spec("topSingular"), 4, 1, 4)).hasMessageContaining("smaller to a larger");
        assertThatThrownBy(() -> new SweepAxis(spec("topSingular"), 1, 40, 4))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("between 0.5 and 10");
        assertThatThrownBy(() -> new SweepAxis(spec("topSingular"), 1, 4, 1)).hasMessageContaining("between 2 and 40");
        assertThatThrownBy(() -> new SweepAxis(spec("init"), 1, 4, 3)).hasMessageContaining("no range to sweep");
        ParameterValues base = ParameterValues.of(d, Map.of());
        assertThatThrownBy(() -> new SweepPlan(d, base, new SweepAxis(spec("tMax"), 1, 100, 40),
                Optional.of(new SweepAxis(spec("topSingular"), 1, 9, 40)))).hasMessageContaining("at most 400 runs");
    }
}
