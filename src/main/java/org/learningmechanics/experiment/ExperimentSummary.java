package org.learningmechanics.experiment;

import java.time.Instant;

/** One row of "My experiments": enough to list, rename, share and delete, without the result. */
public record ExperimentSummary(long id, String slug, String simulationId, int simulationVersion, String title,
                                Visibility visibility, boolean forked, Instant createdAt, Instant updatedAt) {

    public String path() {
        return "x/" + slug;
    }
}
