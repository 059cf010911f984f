package org.learningmechanics.sim.runner;

import org.learningmechanics.sim.batch.NoisyQuadratic;
import org.learningmechanics.sim.kernel.KernelEigenlearning;
import org.learningmechanics.sim.linear.DeepLinearNetwork;
import org.learningmechanics.sim.transfer.MupTransfer;
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
    @Order(8)
    MupTransfer mupTransfer() {
        return new MupTransfer();
    }

    @Bean
    @Order(9)
    NoisyQuadratic noisyQuadratic() {
        return new NoisyQuadratic();
    }
}
