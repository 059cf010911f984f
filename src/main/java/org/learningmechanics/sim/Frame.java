package org.learningmechanics.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Part of a run delivered while it is still going: the points appended to each simulated series since the previous
 * frame, and (usually in the first frame only) complete theory curves.
 *
 * @param progress fraction of the run done, in [0, 1]
 */
public record Frame(Map<String, Series> appended, Map<String, Series> theory, double progress) {

    public Frame {
        appended = Collections.unmodifiableMap(new LinkedHashMap<>(appended));
        theory = Collections.unmodifiableMap(new LinkedHashMap<>(theory));
    }
}
