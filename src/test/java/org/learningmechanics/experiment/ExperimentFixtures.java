package org.learningmechanics.experiment;

import java.util.Map;
import java.util.UUID;

import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountService;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.RunMonitor;
import org.learningmechanics.sim.Simulation;
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
}
