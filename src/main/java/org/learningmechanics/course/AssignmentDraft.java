package org.learningmechanics.course;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An assignment as the instructor fills it in: a chapter, the checkpoints to answer (none picked: all of them), the
 * simulations to run (none picked: none required), and open and due times as read on their clock in {@code zoneId}.
 */
public record AssignmentDraft(String chapterId, List<String> checkpointIds, LocalDateTime opens, LocalDateTime due,
                              String zoneId, List<String> simulationIds) {

    /** A draft that requires no particular simulation to be run. */
    public AssignmentDraft(String chapterId, List<String> checkpointIds, LocalDateTime opens, LocalDateTime due,
                           String zoneId) {
        this(chapterId, checkpointIds, opens, due, zoneId, List.of());
    }
}
