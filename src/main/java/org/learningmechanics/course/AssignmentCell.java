package org.learningmechanics.course;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.learningmechanics.book.Chapter;
import org.learningmechanics.book.Checkpoint;
import org.learningmechanics.progress.ChapterProgress;
import org.learningmechanics.progress.CheckpointRecord;

/**
 * One learner and one assignment: their status and what they did in the chapter — required checkpoints answered and
 * right, simulations run, last activity — with the due date that holds for them (their extension, if any).
 *
 * @param lastActivity null when they never opened the chapter
 * @param doneAt       when the assignment was complete, or null while it is not
 */
public record AssignmentCell(AssignmentStatus status, int answered, int right, int required, int runs,
                             Instant lastActivity, Instant due, Instant doneAt) {

    /**
     * Works out the status; pure, so the dashboard, the learner's page and the tests agree.
     *
     * <p>An assignment is complete when the learner has read to the chapter's end (reached its last section),
     * answered every required checkpoint, right or not, and run every required simulation at least once. It was
     * completed when the last of these was first met: coming back later (a re-answer, a re-run) does not move it,
     * so work done before the due date stays done. For a chapter without sections or requirements, opening it was
     * completing it.
     *
     * @param progress  the learner's progress in the chapter, or null if they never opened it
     * @param extension the learner's own due date, or null
     */
    public static AssignmentCell of(Assignment assignment, Chapter chapter, ChapterProgress progress,
                                    Instant extension, Instant now) {
        Instant due = extension != null ? extension : assignment.dueAt();
        List<Checkpoint> required = assignment.requiredCheckpoints(chapter);
        if (progress == null) {
            AssignmentStatus status = now.isAfter(due) ? AssignmentStatus.LATE : AssignmentStatus.NOT_STARTED;
            return new AssignmentCell(status, 0, 0, required.size(), 0, null, due, null);
        }
        List<CheckpointRecord> answers = required.stream().map(c -> progress.checkpoints().get(c.id()))
                .filter(java.util.Objects::nonNull).toList();
        int right = (int) answers.stream().filter(a -> Boolean.TRUE.equals(a.correct())).count();
        boolean ranAll = assignment.requiredSimulations(chapter).stream()
                .allMatch(simulation -> progress.simulationRuns().getOrDefault(simulation, 0) > 0);
        boolean complete = progress.readToEnd(chapter) && answers.size() == required.size() && ranAll;
        Instant doneAt = !complete ? null : completedAt(assignment, chapter, progress, answers);
        AssignmentStatus status;
        if (complete) {
            status = doneAt.isAfter(due) ? AssignmentStatus.LATE : AssignmentStatus.DONE;
        } else {
            status = now.isAfter(due) ? AssignmentStatus.LATE : AssignmentStatus.IN_PROGRESS;
        }
        return new AssignmentCell(status, answers.size(), right, required.size(), progress.totalRuns(),
                progress.lastActivityAt(), due, doneAt);
    }

    private static Instant completedAt(Assignment assignment, Chapter chapter, ChapterProgress progress,
                                       List<CheckpointRecord> answers) {
        Stream<Instant> reading = ChapterProgress.lastSection(chapter).map(progress::firstReached).stream();
        Stream<Instant> answering = answers.stream().map(CheckpointRecord::firstAnsweredAt);
        Stream<Instant> running = assignment.requiredSimulations(chapter).stream().map(progress::firstRun);
        return Stream.of(reading, answering, running).flatMap(s -> s).max(Instant::compareTo)
                .orElse(progress.openedAt());
    }

    /** Past due and not done: what the learner should see first. */
    public boolean overdue() {
        return status == AssignmentStatus.LATE && doneAt == null;
    }

    /** "2/3" — right out of answered, of the required. */
    public String score() {
        return right + "/" + answered + " of " + required;
    }
}
