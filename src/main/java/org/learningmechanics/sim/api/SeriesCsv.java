package org.learningmechanics.sim.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.learningmechanics.sim.Series;
import org.learningmechanics.sim.SimulationResult;

/**
 * A run's series as one table: a row per x value (the union of all series' x values, ascending), a column per
 * simulated series, then a column per theory series named "{@code <series> theory}"; a series without a point at
 * that x leaves its cell empty.
 */
public final class SeriesCsv {

    private SeriesCsv() {
    }

    public static String write(SimulationResult result) {
        Map<String, Series> columns = new java.util.LinkedHashMap<>(result.series());
        result.theory().forEach((name, series) -> columns.put(name + " theory", series));
        TreeSet<Double> xs = new TreeSet<>();
        List<Map<Double, Double>> lookups = new ArrayList<>();
        for (Series series : columns.values()) {
            Map<Double, Double> byX = new HashMap<>();
            double[] x = series.x();
            double[] y = series.y();
            for (int i = 0; i < x.length; i++) {
                xs.add(x[i]);
                byX.put(x[i], y[i]);
            }
            lookups.add(byX);
        }
        List<String> header = new ArrayList<>();
        header.add("x");
        header.addAll(columns.keySet());
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new)).setRecordSeparator('\n').get())) {
            for (double x : xs) {
                List<Object> row = new ArrayList<>();
                row.add(x);
                for (Map<Double, Double> lookup : lookups) {
                    Double y = lookup.get(x);
                    row.add(y == null ? "" : y);
                }
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
