package org.learningmechanics.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.learningmechanics.progress.ChapterProgress;
import org.learningmechanics.progress.CheckpointRecord;

/** CSV out (dashboard, answers) with formula cells defused, and roster CSV in. */
class CourseCsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAreQuoted() {
        assertThat(CourseCsv.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CourseCsv.safe("+1")).isEqualTo("'+1");
        assertThat(CourseCsv.safe("-2")).isEqualTo("'-2");
        assertThat(CourseCsv.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CourseCsv.safe("\t=1")).isEqualTo("'\t=1");
        assertThat(CourseCsv.safe("0.77")).isEqualTo("0.77");
        assertThat(CourseCsv.safe(null)).isEmpty();
    }

    @Test
    void theDashboardHasALineperLearnerWithEachAssignmentsFigures() {
        Assignment a = CourseStatusTest.ALL;
        Course course = new Course(a.courseId(), "Seminar", "", "", "ABCDEFGH10", true, false, Instant.EPOCH);
        RosterEntry ada = new RosterEntry(UUID.randomUUID(), "=cmd|' /C calc'!A0", "ada@example.org",
                Instant.parse("2026-03-01T08:00:00Z"));
        ChapterProgress progress = CourseStatusTest.progress(Set.of("start", "end"), Map.of(
                "which", Instant.parse("2026-03-04T10:00:00Z"), "how-much", Instant.parse("2026-03-05T10:00:00Z")));
        AssignmentCell cell = AssignmentCell.of(a, CourseStatusTest.CHAPTER, progress, null,
                CourseStatusTest.AFTER_DUE);
        Dashboard dashboard = new Dashboard(course, List.of(a), Map.of(a.id(), "A chapter"),
                List.of(new Dashboard.Row(ada, Map.of(a.id(), cell), cell.lastActivity())));

        String[] lines = CourseCsv.dashboard(dashboard).split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("Learner,Email,Joined,Last activity,A chapter: status,A chapter: due,")
                .contains("A chapter: checkpoints right,A chapter: checkpoints answered");
        assertThat(lines[1]).isEqualTo("'=cmd|' /C calc'!A0,ada@example.org,2026-03-01T08:00:00Z,"
                + "2026-03-05T10:00:00Z,Done,2026-03-09T16:00:00Z,1,2,2,3,2026-03-05T10:00:00Z");
    }

    @Test
    void answersAreListedRawButDefused() {
        String csv = CourseCsv.answers(List.of(new CourseCsv.AnswerRow("Ada", "ada@example.org", "ch", "how-much",
                "-0.5", false, 2, Instant.parse("2026-03-05T10:00:00Z"))));
        assertThat(csv).isEqualTo("Learner,Email,Chapter,Checkpoint,Response,Judged,Attempts,Answered at (UTC)\r\n"
                + "Ada,ada@example.org,ch,how-much,'-0.5,wrong,2,2026-03-05T10:00:00Z\r\n");
    }

    @Test
    void aRosterGivesEveryEmailOnceWhateverTheLayout() {
        RosterImport roster = RosterImport.parse("""
                name,email
                Ada,ADA@example.org
                "Bea, B.",bea@example.org
                Ada again,ada@example.org
                broken,not@an
                """);
        assertThat(roster.emails()).containsExactly("ada@example.org", "bea@example.org");
        assertThat(roster.invalid()).containsExactly("not@an");
        assertThat(RosterImport.parse("cy@example.org\ndee@example.org").emails()).hasSize(2);
        assertThatThrownBy(() -> RosterImport.parse("  ")).hasMessageStartingWith("The roster is empty");
        assertThatThrownBy(() -> RosterImport.parse("just names\nno addresses"))
                .hasMessage("No email addresses found in the roster.");
    }

    @Test
    void classPredictionsCountEachOptionAndEachSideOfANumber() {
        CheckpointRecord b = new CheckpointRecord("B", true, 1, Instant.EPOCH);
        CheckpointRecord a = new CheckpointRecord("A", false, 1, Instant.EPOCH);
        List<ChapterProgress> everyone = List.of(
                new ChapterProgress("ch", Instant.EPOCH, Instant.EPOCH, Set.of(), Map.of(), Map.of("which", b,
                        "how-much", new CheckpointRecord("0.8", true, 1, Instant.EPOCH))),
                new ChapterProgress("ch", Instant.EPOCH, Instant.EPOCH, Set.of(), Map.of(), Map.of("which", a,
                        "how-much", new CheckpointRecord("0.1", false, 1, Instant.EPOCH))),
                new ChapterProgress("ch", Instant.EPOCH, Instant.EPOCH, Set.of(), Map.of(), Map.of("which", a,
                        "how-much", new CheckpointRecord("2", false, 1, Instant.EPOCH))));
        PredictionDistribution choice = PredictionDistribution.of("ch", "A chapter", CourseStatusTest.CHOICE,
                everyone);
        assertThat(choice.bars()).extracting(PredictionDistribution.Bar::label, PredictionDistribution.Bar::count,
                PredictionDistribution.Bar::right).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A", 2, false), org.assertj.core.groups.Tuple.tuple("B", 1, true));
        PredictionDistribution number = PredictionDistribution.of("ch", "A chapter", CourseStatusTest.NUMBER,
                everyone);
        assertThat(number.bars()).extracting(PredictionDistribution.Bar::count).containsExactly(1, 1, 1);
        assertThat(number.bars().get(1).label()).isEqualTo("Right: 0.77 ± 0.05");
        assertThat(number.median()).isEqualTo(0.8);
    }
}
