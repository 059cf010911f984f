package org.learningmechanics.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.learningmechanics.book.AnswerSpec;
import org.learningmechanics.book.Chapter;
import org.learningmechanics.book.ChapterSegment;
import org.learningmechanics.book.Checkpoint;
import org.learningmechanics.book.Section;
import org.learningmechanics.progress.ChapterProgress;
import org.learningmechanics.progress.CheckpointRecord;

/** An assignment's status for one learner: not started, in progress, done, late — extensions and zones counted. */
class CourseStatusTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Checkpoint CHOICE = new Checkpoint("which", "Which?", "B",
            new AnswerSpec.Choice(List.of("A", "B"), 1));
    static final Checkpoint NUMBER = new Checkpoint("how-much", "How much?", "0.77",
            new AnswerSpec.Numeric(0.77, 0.05, false, ""));
    static final Chapter CHAPTER = new Chapter("ch", "A chapter", "1", 1, "", List.of(), List.of(), 5, List.of(),
            List.of(new Section("", "", 1, ""), new Section("start", "Start", 2, ""), new Section("end", "End", 2, "")),
            List.of(CHOICE, NUMBER), List.of(), List.of());

    // due Monday 9 March 2026, 17:00 in Berlin (16:00 UTC)
    static final Assignment ALL = assignment(List.of());
    static final Instant BEFORE_DUE = Instant.parse("2026-03-09T15:59:00Z");
    static final Instant AFTER_DUE = Instant.parse("2026-03-09T16:01:00Z");

    static Assignment assignment(List<String> checkpoints) {
        return new Assignment(UUID.randomUUID(), UUID.randomUUID(), "ch", checkpoints,
                Assignment.instant(LocalDateTime.parse("2026-03-02T09:00"), BERLIN),
                Assignment.instant(LocalDateTime.parse("2026-03-09T17:00"), BERLIN), BERLIN);
    }

    static final Instant READ_AT = Instant.parse("2026-03-03T11:00:00Z");

    /** Sections reached and the simulation "sim" first run on 3 March; each answer given once, at its time. */
    static ChapterProgress progress(Set<String> sections, Map<String, Instant> answeredAt) {
        Map<String, CheckpointRecord> answers = new java.util.HashMap<>();
        answeredAt.forEach((id, at) -> answers.put(id, new CheckpointRecord("B", id.equals("which"), 1, at)));
        Map<String, Instant> reached = new java.util.HashMap<>();
        sections.forEach(section -> reached.put(section, READ_AT));
        return new ChapterProgress("ch", Instant.parse("2026-03-03T10:00:00Z"), Instant.parse("2026-03-05T10:00:00Z"),
                sections, Map.of("sim", 3), answers,
                new ChapterProgress.FirstTimes(reached, Map.of("sim", READ_AT)));
    }

    static ChapterProgress withFirstTimes(ChapterProgress progress, Map<String, Instant> sections,
                                          Map<String, Instant> simulations) {
        return new ChapterProgress(progress.chapterId(), progress.openedAt(), progress.lastActivityAt(),
                progress.sectionsReached(), progress.simulationRuns(), progress.checkpoints(),
                new ChapterProgress.FirstTimes(sections, simulations));
    }

    @Test
    void comingBackAfterTheDueDateDoesNotTurnDoneIntoLate() {
        Instant firstAnswer = Instant.parse("2026-03-08T12:00:00Z");
        Instant reAnswer = Instant.parse("2026-03-20T12:00:00Z");
        ChapterProgress finishedThenRevisited = new ChapterProgress("ch", Instant.parse("2026-03-03T10:00:00Z"),
                reAnswer, Set.of("start", "end"), Map.of("sim", 5),
                Map.of("which", new CheckpointRecord("B", true, 3, reAnswer, firstAnswer),
                        "how-much", new CheckpointRecord("0.7", true, 1, Instant.parse("2026-03-04T10:00:00Z"))),
                new ChapterProgress.FirstTimes(Map.of("start", READ_AT, "end", READ_AT), Map.of("sim", READ_AT)));
        AssignmentCell cell = AssignmentCell.of(ALL, CHAPTER, finishedThenRevisited, null, reAnswer);
        assertThat(cell.status()).isEqualTo(AssignmentStatus.DONE);
        assertThat(cell.doneAt()).isEqualTo(firstAnswer);
    }

    @Test
    void reachingTheLastSectionOrRunningARequiredSimulationAfterTheDueDateIsLate() {
        Instant inTime = Instant.parse("2026-03-04T10:00:00Z");
        ChapterProgress answered = progress(Set.of("start", "end"), Map.of("which", inTime, "how-much", inTime));
        ChapterProgress endReachedLate = withFirstTimes(answered, Map.of("start", inTime, "end", AFTER_DUE),
                Map.of("sim", inTime));
        AssignmentCell readLate = AssignmentCell.of(ALL, CHAPTER, endReachedLate, null, AFTER_DUE);
        assertThat(readLate.status()).isEqualTo(AssignmentStatus.LATE);
        assertThat(readLate.doneAt()).isEqualTo(AFTER_DUE);

        Chapter withSimulation = new Chapter("ch", "A chapter", "1", 1, "", List.of(), List.of(), 5,
                List.of(new ChapterSegment.EmbeddedSimulation("sim", "", 10)), CHAPTER.sections(), List.of(CHOICE,
                NUMBER), List.of(), List.of());
        Assignment needsSim = new Assignment(UUID.randomUUID(), UUID.randomUUID(), "ch", List.of(), ALL.opensAt(),
                ALL.dueAt(), BERLIN, List.of("sim"));
        ChapterProgress ranLate = withFirstTimes(answered, Map.of("start", inTime, "end", inTime),
                Map.of("sim", AFTER_DUE));
        assertThat(AssignmentCell.of(needsSim, withSimulation, ranLate, null, AFTER_DUE).doneAt()).isEqualTo(AFTER_DUE);
        assertThat(AssignmentCell.of(ALL, withSimulation, ranLate, null, AFTER_DUE).status())
                .as("the same learner, when the simulation is not required").isEqualTo(AssignmentStatus.DONE);
    }

    @Test
    void aRequiredSimulationMustHaveBeenRunForTheAssignmentToBeDone() {
        Chapter withSimulations = new Chapter("ch", "A chapter", "1", 1, "", List.of(), List.of(), 5,
                List.of(new ChapterSegment.EmbeddedSimulation("sim", "", 10),
                        new ChapterSegment.EmbeddedSimulation("other", "", 20)),
                CHAPTER.sections(), List.of(), List.of(), List.of());
        ChapterProgress readAndRanSim = progress(Set.of("start", "end"), Map.of());
        Assignment needsSim = new Assignment(UUID.randomUUID(), UUID.randomUUID(), "ch", List.of(), ALL.opensAt(),
                ALL.dueAt(), BERLIN, List.of("sim"));
        Assignment needsOther = new Assignment(UUID.randomUUID(), UUID.randomUUID(), "ch", List.of(), ALL.opensAt(),
                ALL.dueAt(), BERLIN, List.of("other"));
        assertThat(AssignmentCell.of(needsSim, withSimulations, readAndRanSim, null, BEFORE_DUE).status())
                .isEqualTo(AssignmentStatus.DONE);
        assertThat(AssignmentCell.of(needsOther, withSimulations, readAndRanSim, null, BEFORE_DUE).status())
                .as("read to the end, but the required simulation never run").isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(AssignmentCell.of(needsOther, withSimulations, readAndRanSim, null, AFTER_DUE).status())
                .isEqualTo(AssignmentStatus.LATE);
    }

    @Test
    void dueTimesAreTheInstructorsWallClockInTheirZone() {
        assertThat(ALL.dueAt()).isEqualTo(Instant.parse("2026-03-09T16:00:00Z"));
        assertThat(ALL.localDue()).isEqualTo(LocalDateTime.parse("2026-03-09T17:00"));
        assertThat(ALL.format(ALL.dueAt())).isEqualTo("Mon 9 Mar 2026, 17:00 (Europe/Berlin)");
        // 02:30 on 29 March 2026 does not exist in Berlin: the clocks jump from 02:00 to 03:00
        assertThat(Assignment.instant(LocalDateTime.parse("2026-03-29T02:30"), BERLIN))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        // summer time: 17:00 in Berlin is 15:00 UTC
        assertThat(Assignment.instant(LocalDateTime.parse("2026-07-01T17:00"), BERLIN))
                .isEqualTo(Instant.parse("2026-07-01T15:00:00Z"));
    }

    @Test
    void notOpenedBeforeTheDueDateIsNotStartedAndAfterItLate() {
        assertThat(AssignmentCell.of(ALL, CHAPTER, null, null, BEFORE_DUE).status())
                .isEqualTo(AssignmentStatus.NOT_STARTED);
        AssignmentCell late = AssignmentCell.of(ALL, CHAPTER, null, null, AFTER_DUE);
        assertThat(late.status()).isEqualTo(AssignmentStatus.LATE);
        assertThat(late.overdue()).isTrue();
    }

    @Test
    void openedButUnfinishedIsInProgressUntilTheDueDate() {
        ChapterProgress halfway = progress(Set.of("start"), Map.of("which", Instant.parse("2026-03-04T10:00:00Z")));
        AssignmentCell cell = AssignmentCell.of(ALL, CHAPTER, halfway, null, BEFORE_DUE);
        assertThat(cell.status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(cell.answered()).isEqualTo(1);
        assertThat(cell.right()).isEqualTo(1);
        assertThat(cell.required()).isEqualTo(2);
        assertThat(cell.runs()).isEqualTo(3);
        assertThat(AssignmentCell.of(ALL, CHAPTER, halfway, null, AFTER_DUE).status())
                .isEqualTo(AssignmentStatus.LATE);
    }

    @Test
    void readToTheEndWithEveryCheckpointAnsweredInTimeIsDoneEvenLongAfter() {
        ChapterProgress finished = progress(Set.of("start", "end"), Map.of(
                "which", Instant.parse("2026-03-04T10:00:00Z"), "how-much", Instant.parse("2026-03-09T15:00:00Z")));
        AssignmentCell cell = AssignmentCell.of(ALL, CHAPTER, finished, null, Instant.parse("2026-06-01T00:00:00Z"));
        assertThat(cell.status()).isEqualTo(AssignmentStatus.DONE);
        assertThat(cell.doneAt()).isEqualTo(Instant.parse("2026-03-09T15:00:00Z"));
        assertThat(cell.overdue()).isFalse();
    }

    @Test
    void finishedAfterTheDueDateIsLateButNotOverdue() {
        ChapterProgress finishedLate = progress(Set.of("start", "end"), Map.of(
                "which", Instant.parse("2026-03-04T10:00:00Z"), "how-much", Instant.parse("2026-03-09T16:30:00Z")));
        AssignmentCell cell = AssignmentCell.of(ALL, CHAPTER, finishedLate, null, AFTER_DUE);
        assertThat(cell.status()).isEqualTo(AssignmentStatus.LATE);
        assertThat(cell.overdue()).isFalse();
    }

    @Test
    void anExtensionMovesTheDueDateForThatLearner() {
        Instant extended = Assignment.instant(LocalDateTime.parse("2026-03-12T17:00"), BERLIN);
        ChapterProgress finishedLate = progress(Set.of("start", "end"), Map.of(
                "which", Instant.parse("2026-03-04T10:00:00Z"), "how-much", Instant.parse("2026-03-10T16:30:00Z")));
        assertThat(AssignmentCell.of(ALL, CHAPTER, finishedLate, extended, AFTER_DUE).status())
                .isEqualTo(AssignmentStatus.DONE);
        AssignmentCell waiting = AssignmentCell.of(ALL, CHAPTER, null, extended, AFTER_DUE);
        assertThat(waiting.status()).isEqualTo(AssignmentStatus.NOT_STARTED);
        assertThat(waiting.due()).isEqualTo(extended);
        assertThat(AssignmentCell.of(ALL, CHAPTER, null, extended, Instant.parse("2026-03-12T16:01:00Z")).status())
                .isEqualTo(AssignmentStatus.LATE);
    }

    @Test
    void onlyThePickedCheckpointsAreRequired() {
        Assignment onlyChoice = assignment(List.of("which"));
        ChapterProgress finished = progress(Set.of("end"), Map.of("which", Instant.parse("2026-03-04T10:00:00Z")));
        AssignmentCell cell = AssignmentCell.of(onlyChoice, CHAPTER, finished, null, AFTER_DUE);
        assertThat(cell.status()).isEqualTo(AssignmentStatus.DONE);
        assertThat(cell.score()).isEqualTo("1/1 of 1");
    }

    @Test
    void notReadToTheEndIsNotDoneWhateverWasAnswered() {
        ChapterProgress skimmed = progress(Set.of("start"), Map.of(
                "which", Instant.parse("2026-03-04T10:00:00Z"), "how-much", Instant.parse("2026-03-05T10:00:00Z")));
        assertThat(AssignmentCell.of(ALL, CHAPTER, skimmed, null, BEFORE_DUE).status())
                .isEqualTo(AssignmentStatus.IN_PROGRESS);
    }
}
