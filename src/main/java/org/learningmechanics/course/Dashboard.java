package org.learningmechanics.course;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A course at a glance: each learner against each assignment.
 *
 * @param chapterTitles assignment id → the title of its chapter
 */
public record Dashboard(Course course, List<Assignment> assignments, Map<UUID, String> chapterTitles,
                        List<Row> rows) {

    /** One learner: a cell per assignment id, and their latest activity in any assigned chapter (null: none). */
    public record Row(RosterEntry learner, Map<UUID, AssignmentCell> cells, Instant lastActivity) {

        public AssignmentCell cell(Assignment assignment) {
            return cells.get(assignment.id());
        }
    }

    /** The heading of an assignment's column: its chapter and due date. */
    public String heading(Assignment assignment) {
        return chapterTitles.get(assignment.id());
    }
}
