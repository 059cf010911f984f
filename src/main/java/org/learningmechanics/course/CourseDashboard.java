package org.learningmechanics.course;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.learningmechanics.account.Account;
import org.learningmechanics.book.Chapter;
import org.learningmechanics.book.ChapterCatalog;
import org.learningmechanics.book.Checkpoint;
import org.learningmechanics.progress.ChapterProgress;
import org.learningmechanics.progress.CheckpointRecord;
import org.learningmechanics.progress.ProgressRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * What a course's instructors see of their learners: the dashboard, one learner's answers in an assigned chapter,
 * the class's predictions per checkpoint, and the CSV exports. Only a course's own instructors may ask, and only
 * about current members and assigned chapters.
 */
@Service
public class CourseDashboard {

    private final CourseRepository courses;
    private final CourseAccess access;
    private final ChapterCatalog chapters;
    private final ProgressRepository progress;
    private final Clock clock;
    private final List<CourseShares> shares;

    CourseDashboard(CourseRepository courses, CourseAccess access, ChapterCatalog chapters,
                    ProgressRepository progress, Clock clock, ObjectProvider<CourseShares> shares) {
        this.courses = courses;
        this.access = access;
        this.chapters = chapters;
        this.progress = progress;
        this.clock = clock;
        this.shares = shares.orderedStream().toList();
    }

    public Dashboard dashboard(Account by, UUID courseId) {
        Course course = access.instructed(by, courseId);
        List<Assignment> assignments = courses.assignments(courseId).stream()
                .filter(a -> chapters.find(a.chapterId()).isPresent()).toList();
        Map<UUID, String> titles = new LinkedHashMap<>();
        assignments.forEach(a -> titles.put(a.id(), chapters.find(a.chapterId()).orElseThrow().title()));
        Map<UUID, Map<UUID, Instant>> extensions = courses.extensions(courseId);
        Instant now = clock.instant();
        List<Dashboard.Row> rows = new ArrayList<>();
        for (RosterEntry learner : courses.roster(courseId)) {
            Map<String, ChapterProgress> theirs = progress.load(learner.accountId());
            Map<UUID, AssignmentCell> cells = new LinkedHashMap<>();
            Instant last = null;
            for (Assignment a : assignments) {
                AssignmentCell cell = AssignmentCell.of(a, chapters.find(a.chapterId()).orElseThrow(),
                        theirs.get(a.chapterId()), extensions.getOrDefault(a.id(), Map.of()).get(learner.accountId()),
                        now);
                cells.put(a.id(), cell);
                if (cell.lastActivity() != null && (last == null || cell.lastActivity().isAfter(last))) {
                    last = cell.lastActivity();
                }
            }
            rows.add(new Dashboard.Row(learner, cells, last));
        }
        return new Dashboard(course, assignments, titles, rows);
    }

    /** One learner's progress in one assigned chapter (null if they never opened it). */
    public LearnerDetail learnerDetail(Account by, UUID courseId, UUID learnerId, String chapterId) {
        access.instructed(by, courseId);
        RosterEntry learner = courses.roster(courseId).stream().filter(r -> r.accountId().equals(learnerId))
                .findFirst().orElseThrow(CourseAccessDeniedException::new);
        if (courses.assignments(courseId).stream().noneMatch(a -> a.chapterId().equals(chapterId))) {
            throw new CourseAccessDeniedException();
        }
        Chapter chapter = chapters.find(chapterId).orElseThrow(CourseAccessDeniedException::new);
        List<CourseShares.SharedWork> shared = shares.stream().flatMap(s -> s.sharedBy(learnerId).stream())
                .filter(w -> chapter.simulationIds().contains(w.simulationId())).toList();
        return new LearnerDetail(learner, chapter, progress.load(learnerId).get(chapterId), shared);
    }

    /**
     * One learner's progress in one chapter, for {@link #learnerDetail}, with what they shared with their courses
     * of the chapter's simulations.
     */
    public record LearnerDetail(RosterEntry learner, Chapter chapter, ChapterProgress progress,
                                List<CourseShares.SharedWork> shared) {

        public CheckpointRecord answer(Checkpoint checkpoint) {
            return progress == null ? null : progress.checkpoints().get(checkpoint.id());
        }
    }

    /** For each choice or numeric checkpoint an assignment asks for, how the class answered. */
    public List<PredictionDistribution> predictions(Account by, UUID courseId) {
        access.instructed(by, courseId);
        List<Map<String, ChapterProgress>> everyone = courses.roster(courseId).stream()
                .map(r -> progress.load(r.accountId())).toList();
        List<PredictionDistribution> result = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Assignment a : courses.assignments(courseId)) {
            Chapter chapter = chapters.find(a.chapterId()).orElse(null);
            if (chapter == null) {
                continue;
            }
            List<ChapterProgress> classProgress = everyone.stream().map(p -> p.get(chapter.id()))
                    .filter(Objects::nonNull).toList();
            for (Checkpoint checkpoint : a.requiredCheckpoints(chapter)) {
                if (seen.add(chapter.id() + "/" + checkpoint.id())) {
                    PredictionDistribution d = PredictionDistribution.of(chapter.id(), chapter.title(), checkpoint,
                            classProgress);
                    if (d != null) {
                        result.add(d);
                    }
                }
            }
        }
        return result;
    }

    public String dashboardCsv(Account by, UUID courseId) {
        return CourseCsv.dashboard(dashboard(by, courseId));
    }

    /** Every current learner's answers to the checkpoints of the assigned chapters. */
    public String answersCsv(Account by, UUID courseId) {
        access.instructed(by, courseId);
        java.util.Set<String> assigned = new java.util.LinkedHashSet<>();
        courses.assignments(courseId).forEach(a -> assigned.add(a.chapterId()));
        List<CourseCsv.AnswerRow> rows = new ArrayList<>();
        for (RosterEntry learner : courses.roster(courseId)) {
            Map<String, ChapterProgress> theirs = progress.load(learner.accountId());
            for (String chapterId : assigned) {
                ChapterProgress p = theirs.get(chapterId);
                if (p == null) {
                    continue;
                }
                p.checkpoints().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> rows.add(
                        new CourseCsv.AnswerRow(learner.name(), learner.email(), chapterId, e.getKey(),
                                e.getValue().response(), e.getValue().correct(), e.getValue().attempts(),
                                e.getValue().answeredAt())));
            }
        }
        return CourseCsv.answers(rows);
    }
}
