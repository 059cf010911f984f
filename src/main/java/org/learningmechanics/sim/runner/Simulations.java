package org.learningmechanics.sim.runner;

import java.util.ArrayList;
import java.util.List;

import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.batch.NoisyQuadratic;
import org.learningmechanics.sim.collapse.NeuralCollapse;
import org.learningmechanics.sim.kernel.KernelEigenlearning;
import org.learningmechanics.sim.linear.DeepLinearNetwork;
import org.learningmechanics.sim.ntk.NtkWidth;
import org.learningmechanics.sim.proportional.DoubleDescent;
import org.learningmechanics.sim.scaling.ComputeOptimal;
import org.learningmechanics.sim.scaling.ScalingLaws;
import org.learningmechanics.sim.stability.EdgeOfStability;
import org.learningmechanics.sim.superposition.Superposition;
import org.learningmechanics.sim.transfer.MupTransfer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The book's simulations, in the order the catalogue lists them. This is the one place a new simulation is
 * registered; tests that check the chapters against the simulations use the same list.
 */
@Configuration(proxyBeanMethods = false)
public class Simulations {

    /** A fresh instance of every simulation of the book, in catalogue order. */
    public static List<Simulation> ofTheBook() {
        return List.of(
                new DeepLinearNetwork(),
                new KernelEigenlearning(),
                new NtkWidth(),
                new DoubleDescent(),
                new EdgeOfStability(),
                new ScalingLaws(),
                new ComputeOptimal(),
                new MupTransfer(),
                new NoisyQuadratic(),
                new NeuralCollapse(),
                new Superposition());
    }

    /**
     * The book's simulations, followed by any {@link Simulation} beans (the application defines none; tests add
     * instrumented ones this way).
     */
    @Bean
    SimulationCatalog simulationCatalog(ObjectProvider<Simulation> extra) {
        List<Simulation> all = new ArrayList<>(ofTheBook());
        extra.orderedStream().forEach(all::add);
        return new SimulationCatalog(all);
    }
}
