package org.learningmechanics.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountService;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.RunMonitor;
import org.learningmechanics.sim.Series;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.SimulationResult;
import org.learningmechanics.sim.linear.DeepLinearNetwork;

/** Accounts and runs for experiment tests. */
public final class ExperimentFixtures {

    public static final String PASSWORD = "correct horse battery";

    private ExperimentFixtures() {
    }

    public static Account account(AccountService accounts, String name) {
        return accounts.signUp(name, name.toLowerCase() + "-" + UUID.randomUUID() + "@example.org", PASSWORD, false);
    }

    /** A deep-linear run computed here, as the runner would have: depth as given, seed 1. */
    public static ExperimentService.Run deepLinear(int depth) {
        Simulation simulation = new DeepLinearNetwork();
        ParameterValues parameters = ParameterValues.of(simulation.descriptor(), Map.of("depth", (long) depth));
        return new ExperimentService.Run(simulation, parameters, 1L,
                simulation.run(parameters, 1L, RunMonitor.NONE));
    }

    /** Every metric and every y value multiplied by the factor. */
    public static SimulationResult altered(SimulationResult result, double factor) {
        Map<String, Series> series = new LinkedHashMap<>();
        result.series().forEach((name, s) -> {
            double[] y = s.y();
            for (int i = 0; i < y.length; i++) {
                y[i] *= factor;
            }
            series.put(name, new Series(s.x(), y));
        });
        Map<String, Double> metrics = new LinkedHashMap<>();
        result.metrics().forEach((name, m) -> metrics.put(name, m * factor));
        return new SimulationResult(series, result.theory(), metrics, result.agreement());
    }
}
