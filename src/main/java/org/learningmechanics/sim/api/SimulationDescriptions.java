package org.learningmechanics.sim.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.learningmechanics.book.Chapter;
import org.learningmechanics.book.ChapterCatalog;
import org.learningmechanics.sim.ParameterSpec;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.SimulationDescriptor;
import org.springframework.stereotype.Component;

/** A simulation's public description, as listed by {@code GET /api/simulations}. */
@Component
class SimulationDescriptions {

    private final ChapterCatalog chapters;

    SimulationDescriptions(ChapterCatalog chapters) {
        this.chapters = chapters;
    }

    Map<String, Object> describe(Simulation simulation) {
        SimulationDescriptor d = simulation.descriptor();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", d.id());
        out.put("title", d.title());
        out.put("strand", d.strand());
        out.put("chapter", homeChapter(d));
        out.put("version", d.version());
        out.put("summary", d.summary());
        out.put("parameters", d.parameters().stream().map(SimulationDescriptions::parameter).toList());
        out.put("presets", d.presets().stream().map(p -> Map.of("name", p.name(), "label", p.label(),
                "description", p.description(), "values", p.values())).toList());
        out.put("series", d.series());
        out.put("metrics", d.metrics());
        return out;
    }

    private String homeChapter(SimulationDescriptor d) {
        return chapters.home(d).map(Chapter::id).orElse(null);
    }

    private static Map<String, Object> parameter(ParameterSpec p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", p.name());
        out.put("label", p.label());
        out.put("unit", p.unit());
        out.put("type", p.type().name().toLowerCase());
        if (p.type() == ParameterSpec.Type.CHOICE) {
            out.put("choices", p.choices());
        } else {
            out.put("min", p.type() == ParameterSpec.Type.INTEGER ? (Object) (long) p.min() : p.min());
            out.put("max", p.type() == ParameterSpec.Type.INTEGER ? (Object) (long) p.max() : p.max());
            out.put("step", p.step());
            out.put("scale", p.scale().name().toLowerCase());
        }
        out.put("default", p.defaultValue());
        out.put("description", p.description());
        return out;
    }
}
