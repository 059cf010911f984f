package org.learningmechanics.sim.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.learningmechanics.sim.InvalidParameterException;
import org.learningmechanics.sim.ParameterSpec;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.runner.SimulationCatalog;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulations over HTTP (contract in shared/simulations.md): the catalogue, a run as JSON, a run's series as
 * CSV. Every input is checked; bad ones get a 400 naming the parameter, never a 500.
 */
@RestController
@RequestMapping("/api/simulations")
class SimulationApiController {

    private final SimulationCatalog catalog;
    private final SimulationDescriptions descriptions;
    private final BlockingRuns runs;

    SimulationApiController(SimulationCatalog catalog, SimulationDescriptions descriptions, BlockingRuns runs) {
        this.catalog = catalog;
        this.descriptions = descriptions;
        this.runs = runs;
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return catalog.all().stream().map(descriptions::describe).toList();
    }

    @GetMapping("/{id}")
    Map<String, Object> one(@PathVariable String id) {
        return descriptions.describe(simulation(id));
    }

    @GetMapping("/{id}/run")
    ResponseEntity<RunResponse> run(@PathVariable String id, @RequestParam MultiValueMap<String, String> query,
                                    HttpServletRequest request) {
        Simulation simulation = simulation(id);
        RunRequest run = RunRequest.of(simulation, query);
        BlockingRuns.Outcome outcome = execute(simulation, run, request);
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600")
                .body(RunResponse.of(simulation, run.parameters(), run.seed(), outcome));
    }

    @GetMapping(value = "/{id}/run.csv", produces = "text/csv")
    ResponseEntity<String> runCsv(@PathVariable String id, @RequestParam MultiValueMap<String, String> query,
                                  HttpServletRequest request) {
        Simulation simulation = simulation(id);
        RunRequest run = RunRequest.of(simulation, query);
        BlockingRuns.Outcome outcome = execute(simulation, run, request);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + id + "-seed" + run.seed() + ".csv\"")
                .body(SeriesCsv.write(outcome.result()));
    }

    /** Runs it for this HTTP client; the per-client limit counts by address. */
    private BlockingRuns.Outcome execute(Simulation simulation, RunRequest run, HttpServletRequest request) {
        return runs.run(simulation, run.parameters(), run.seed(), "address:" + request.getRemoteAddr());
    }

    private Simulation simulation(String id) {
        return catalog.find(id).orElseThrow(() -> new UnknownSimulationException(id, catalog));
    }

    /** The parameters and seed of a query string, checked. */
    record RunRequest(ParameterValues parameters, long seed) {

        static RunRequest of(Simulation simulation, MultiValueMap<String, String> query) {
            Map<String, String> text = new LinkedHashMap<>();
            long seed = SimulationCatalog.DEFAULT_SEED;
            for (var entry : query.entrySet()) {
                if (entry.getValue().size() > 1) {
                    throw new InvalidParameterException(entry.getKey(),
                            "\"" + entry.getKey() + "\" is given more than once; give it once.");
                }
                String value = entry.getValue().getFirst();
                if (entry.getKey().equals("seed")) {
                    seed = parseSeed(value);
                } else {
                    text.put(entry.getKey(), value);
                }
            }
            return new RunRequest(ParameterValues.fromText(simulation.descriptor(), text), seed);
        }

        private static long parseSeed(String value) {
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new InvalidParameterException("seed", "The seed must be a whole number between "
                        + Long.MIN_VALUE + " and " + Long.MAX_VALUE + ", not \"" + ParameterSpec.abbreviate(value)
                        + "\".");
            }
        }
    }
}
