package org.learningmechanics.sim.runner;

import org.learningmechanics.sim.kernel.KernelEigenlearning;
import org.learningmechanics.sim.linear.DeepLinearNetwork;
import org.learningmechanics.sim.scaling.ComputeOptimal;
import org.learningmechanics.sim.scaling.ScalingLaws;
import org.learningmechanics.sim.stability.EdgeOfStability;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The book's simulations, in the order the catalogue lists them. */
@Configuration(proxyBeanMethods = false)
class Simulations {

    @Bean
    @Order(1)
    DeepLinearNetwork deepLinear() {
        return new DeepLinearNetwork();
    }

    @Bean
    @Order(2)
    KernelEigenlearning kernelEigenlearning() {
        return new KernelEigenlearning();
    }

    @Bean
    @Order(5)
    EdgeOfStability edgeOfStability() {
        return new EdgeOfStability();
    }

    @Bean
    @Order(6)
    ScalingLaws scalingLaws() {
        return new ScalingLaws();
    }

    @Bean
    @Order(7)
    ComputeOptimal computeOptimal() {
        return new ComputeOptimal();
    }
}
