package org.learningmechanics.sim.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.learningmechanics.sim.runner.LatchedSimulation;
import org.learningmechanics.sim.runner.SimulationRunner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/** A client over its limit gets 429 with Retry-After, and nothing else is disturbed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SimulationApiLimitTest {

    @TestConfiguration
    static class WithLatchedSimulation {
        @Bean
        LatchedSimulation latched() {
            return new LatchedSimulation();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    LatchedSimulation latched;

    @Autowired
    SimulationRunner runner;

    private final HttpClient http = HttpClient.newHttpClient();

    private CompletableFuture<HttpResponse<String>> get(String path) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aThirdRunAtOnceFromOneAddressIsRefusedWith429() throws Exception {
        var first = get("/api/simulations/latched/run?x=1");
        var second = get("/api/simulations/latched/run?x=2");
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (latched.started.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        HttpResponse<String> third = get("/api/simulations/latched/run?x=3").get();
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("retry-after")).contains("5");
        assertThat(third.body()).contains("You already have 2 simulations running or waiting.");

        assertThat(get("/api/simulations/deep-linear/run?tMax=3").get().statusCode())
                .as("new work is refused too while the client is at its limit (a recorded run would still be served)")
                .isEqualTo(429);

        latched.release.countDown();
        assertThat(first.get().statusCode()).isEqualTo(200);
        assertThat(second.get().statusCode()).isEqualTo(200);
        assertThat(get("/api/simulations/latched/run?x=3").get().statusCode()).isEqualTo(200);
    }
}
