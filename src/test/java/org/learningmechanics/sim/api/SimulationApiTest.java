package org.learningmechanics.sim.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP API through the real servlet stack (Vaadin and Spring MVC side by side). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SimulationApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theCatalogueListsEverySimulationWithItsParameters() throws Exception {
        HttpResponse<String> response = get("/api/simulations");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode deepLinear = json.readTree(response.body()).get(0);
        assertThat(deepLinear.get("id").asString()).isEqualTo("deep-linear");
        assertThat(deepLinear.get("chapter").asString()).isEqualTo("deep-linear-networks");
        JsonNode initScale = deepLinear.get("parameters").get(2);
        assertThat(initScale.get("name").asString()).isEqualTo("initScale");
        assertThat(initScale.get("scale").asString()).isEqualTo("log");
        assertThat(initScale.get("type").asString()).isEqualTo("number");
    }

    @Test
    void aRunReturnsSeriesTheoryMetricsAndAgreementWithDefaultsFilledIn() throws Exception {
        HttpResponse<String> response = get("/api/simulations/deep-linear/run?depth=3&tMax=20");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode run = json.readTree(response.body());
        assertThat(run.get("seed").asLong()).isEqualTo(1);
        assertThat(run.get("parameters").get("depth").asInt()).isEqualTo(3);
        assertThat(run.get("parameters").get("initScale").asDouble()).isEqualTo(1e-3);
        assertThat(run.get("series").get("mode1").get("x").size()).isEqualTo(201);
        assertThat(run.get("theory").get("mode1").get("y").size()).isEqualTo(201);
        assertThat(run.get("metrics").get("halfTime1").asDouble())
                .isCloseTo(run.get("metrics").get("halfTime1Theory").asDouble(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(run.get("agreement").get("holds").asBoolean()).isTrue();
    }

    @Test
    void aRepeatedRunIsServedFromTheRecord() throws Exception {
        String path = "/api/simulations/deep-linear/run?topSingular=2&seed=9";
        assertThat(json.readTree(get(path).body()).get("cached").asBoolean()).isFalse();
        JsonNode again = json.readTree(get(path).body());
        assertThat(again.get("cached").asBoolean()).isTrue();
        assertThat(again.get("elapsedMs").asLong()).isZero();
    }

    @Test
    void theCsvHasARowPerTimeAndAColumnPerSeries() throws Exception {
        HttpResponse<String> response = get("/api/simulations/deep-linear/run.csv?modes=2");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String[] lines = response.body().split("\n");
        assertThat(lines[0]).isEqualTo("x,mode1,mode2,loss,mode1 theory,mode2 theory,loss theory");
        assertThat(lines).hasSize(1 + 201);
        String[] first = lines[1].split(",");
        assertThat(Double.parseDouble(first[0])).isZero();
        assertThat(Double.parseDouble(first[1])).as("mode 1 starts at u0").isCloseTo(1e-3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Double.parseDouble(first[4])).as("its theory too").isEqualTo(1e-3);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "/api/simulations/deep-linear/run?depth=9           | 400 | depth     | Depth D must be between 2 and 6.",
        "/api/simulations/deep-linear/run?tMax=NaN          | 400 | tMax      | Training time t must be a finite number.",
        "/api/simulations/deep-linear/run?tMax=Infinity     | 400 | tMax      | Training time t must be a finite number.",
        "/api/simulations/deep-linear/run?ratio=half        | 400 | ratio     | must be a number, not \"half\".",
        "/api/simulations/deep-linear/run?depth=2.5         | 400 | depth     | Depth D must be a whole number.",
        "/api/simulations/deep-linear/run?learningRate=0.1  | 400 | learningRate | is not a parameter of",
        "/api/simulations/deep-linear/run?seed=abc          | 400 | seed      | The seed must be a whole number",
        "/api/simulations/deep-linear/run?depth=2&depth=3   | 400 | depth     | is given more than once",
        "/api/simulations/deep-linear/run?modes=6&size=3    | 400 | size      | at least the number of target modes",
        "/api/simulations/deep-linear/run.csv?depth=0       | 400 | depth     | Depth D must be between 2 and 6.",
    })
    void badInputIsA400InPlainWordsNamingTheParameter(String path, int status, String parameter, String message)
            throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode error = json.readTree(response.body());
        assertThat(error.get("parameter").asString()).isEqualTo(parameter);
        assertThat(error.get("error").asString()).contains(message);
    }

    @Test
    void anUnknownSimulationIsA404ThatListsTheKnownOnes() throws Exception {
        HttpResponse<String> response = get("/api/simulations/no-such/run");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json.readTree(response.body()).get("error").asString())
                .isEqualTo("There is no simulation \"no-such\". Known simulations: deep-linear, kernel-eigenlearning, mup-transfer, noisy-quadratic.");
    }
}
