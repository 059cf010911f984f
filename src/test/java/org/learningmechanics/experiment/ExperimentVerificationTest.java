package org.learningmechanics.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.learningmechanics.sim.Series;
import org.learningmechanics.sim.SimulationResult;

/** Re-run and verify's verdicts, on a real deep-linear result and altered copies of it. */
class ExperimentVerificationTest {

    final SimulationResult saved = ExperimentFixtures.deepLinear(3).result();

    @Test
    void anUnchangedSimulationReproducesItsResultToTheLastBit() {
        SimulationResult again = ExperimentFixtures.deepLinear(3).result();
        Verification v = Verification.compare(saved, 1, again, 1);
        assertThat(v.outcome()).isEqualTo(Verification.Outcome.IDENTICAL);
        assertThat(v.maxSeriesDiff()).isZero();
        assertThat(v.metrics()).isNotEmpty().allSatisfy(m -> assertThat(m.absolute()).isZero());
        assertThat(v.versionChanged()).isFalse();
    }

    @Test
    void aTinyRoundingDifferenceIsWithinToleranceAndALargerOneHasDrifted() {
        Verification tiny = Verification.compare(ExperimentFixtures.altered(saved, 1 + 1e-12), 1, saved, 1);
        assertThat(tiny.outcome()).isEqualTo(Verification.Outcome.WITHIN_TOLERANCE);

        Verification drifted = Verification.compare(ExperimentFixtures.altered(saved, 1.01), 1, saved, 2);
        assertThat(drifted.outcome()).isEqualTo(Verification.Outcome.DRIFTED);
        assertThat(drifted.versionChanged()).isTrue();
        Verification.MetricDiff halfTime = drifted.metrics().stream().filter(m -> m.name().equals("halfTime1"))
                .findFirst().orElseThrow();
        assertThat(halfTime.relative()).isCloseTo(0.01 / 1.01, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(halfTime.absolute()).isCloseTo(halfTime.now() * 0.01, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(drifted.maxSeriesDiff()).isGreaterThan(0);
    }

    @Test
    void aSeriesThatAppearsOrVanishesIsDrift() {
        Map<String, Series> fewer = new LinkedHashMap<>(saved.series());
        fewer.remove("loss");
        SimulationResult shrunk = new SimulationResult(fewer, saved.theory(), saved.metrics(), saved.agreement());
        Verification v = Verification.compare(saved, 1, shrunk, 1);
        assertThat(v.outcome()).isEqualTo(Verification.Outcome.DRIFTED);
        assertThat(v.shapeChanges()).containsExactly("loss is gone");
    }
}
