package org.learningmechanics.sim.api;

import java.util.Map;

import org.learningmechanics.sim.Agreement;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.Series;
import org.learningmechanics.sim.Simulation;

/** The JSON body of a run: everything needed to redraw it and to ask for it again. */
record RunResponse(
        String simulation,
        int version,
        long seed,
        Map<String, Object> parameters,
        Map<String, Series> series,
        Map<String, Series> theory,
        Map<String, Double> metrics,
        AgreementView agreement,
        long elapsedMs,
        boolean cached) {

    static RunResponse of(Simulation simulation, ParameterValues parameters, long seed, BlockingRuns.Outcome outcome) {
        var result = outcome.result();
        return new RunResponse(simulation.descriptor().id(), simulation.descriptor().version(), seed,
                parameters.asMap(), result.series(), result.theory(), result.metrics(),
                AgreementView.of(result.agreement()), outcome.elapsedMs(), outcome.fromRecord());
    }

    record AgreementView(String metric, double value, double threshold, boolean holds, String explanation) {
        static AgreementView of(Agreement a) {
            return new AgreementView(a.metric(), a.value(), a.threshold(), a.holds(), a.explanation());
        }
    }
}
