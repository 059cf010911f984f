package org.learningmechanics.course;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.learningmechanics.account.Account;
import org.learningmechanics.book.Chapter;
import org.learningmechanics.book.ChapterCatalog;
import org.learningmechanics.book.Checkpoint;
import org.learningmechanics.progress.ChapterProgress;
import org.learningmechanics.progress.ProgressRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chapters assigned to courses, their due dates and per-learner extensions: set by a course's instructors, read by
 * its learners ("My courses", the marks in the contents). Access is checked on every call.
 */
@Service
public class CourseAssignments {

    private final CourseRepository courses;
    private final CourseAccess access;
    private final ChapterCatalog chapters;
    private final ProgressRepository progress;
    private final Clock clock;

    CourseAssignments(CourseRepository courses, CourseAccess access, ChapterCatalog chapters,
                      ProgressRepository progress, Clock clock) {
        this.courses = courses;
        this.access = access;
        this.chapters = chapters;
        this.progress = progress;
        this.clock = clock;
    }

    public List<Assignment> assignments(Account by, UUID courseId) {
        access.instructed(by, courseId);
        return courses.assignments(courseId);
    }

    /** Creates an assignment ({@code id} null) or changes one of this course's. */
    @Transactional
    public Assignment save(Account by, UUID courseId, UUID id, AssignmentDraft draft) {
        access.active(by, courseId);
        if (id != null && courses.findAssignment(id).filter(a -> a.courseId().equals(courseId)).isEmpty()) {
            throw new CourseAccessDeniedException();
        }
        Chapter chapter = chapters.find(draft.chapterId() == null ? "" : draft.chapterId())
                .orElseThrow(() -> new CourseException("Pick a chapter of the book."));
        List<String> known = chapter.checkpoints().stream().map(Checkpoint::id).toList();
        List<String> picked = draft.checkpointIds() == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(
                draft.checkpointIds()));
        if (!known.containsAll(picked)) {
            throw new CourseException("Pick checkpoints of the chapter “" + chapter.title() + "” only.");
        }
        List<String> simulations = draft.simulationIds() == null ? List.of()
                : List.copyOf(new java.util.LinkedHashSet<>(draft.simulationIds()));
        if (!chapter.simulationIds().containsAll(simulations)) {
            throw new CourseException("Pick simulations of the chapter “" + chapter.title() + "” only.");
        }
        ZoneId zone = zone(draft.zoneId());
        if (draft.opens() == null || draft.due() == null) {
            throw new CourseException("Give both the time the assignment opens and the time it is due.");
        }
        Instant opens = Assignment.instant(draft.opens().truncatedTo(ChronoUnit.MINUTES), zone);
        Instant due = Assignment.instant(draft.due().truncatedTo(ChronoUnit.MINUTES), zone);
        if (!due.isAfter(opens)) {
            throw new CourseException("The due time must come after the opening time.");
        }
        Assignment assignment = new Assignment(id == null ? UUID.randomUUID() : id, courseId, chapter.id(), picked,
                opens, due, zone, simulations);
        courses.saveAssignment(assignment);
        return assignment;
    }

    @Transactional
    public void delete(Account by, UUID courseId, UUID assignmentId) {
        access.active(by, courseId);
        ownAssignment(courseId, assignmentId);
        courses.deleteAssignment(assignmentId);
    }

    /** Gives one learner of the course a later due date (in the assignment's zone); null removes the extension. */
    @Transactional
    public void extend(Account by, UUID courseId, UUID assignmentId, UUID learnerId, LocalDateTime due) {
        access.active(by, courseId);
        Assignment assignment = ownAssignment(courseId, assignmentId);
        if (!courses.membership(learnerId, courseId).orElse(false)) {
            throw new CourseException("Only a learner in this course can be given an extension.");
        }
        if (due == null) {
            courses.deleteExtension(assignmentId, learnerId);
            return;
        }
        Instant extended = Assignment.instant(due.truncatedTo(ChronoUnit.MINUTES), assignment.zone());
        if (!extended.isAfter(assignment.dueAt())) {
            throw new CourseException("An extension must be later than the due time, "
                    + assignment.format(assignment.dueAt()) + ".");
        }
        courses.saveExtension(assignmentId, learnerId, extended);
    }

    /** Extensions by assignment id, then learner id. */
    public Map<UUID, Map<UUID, Instant>> extensions(Account by, UUID courseId) {
        access.instructed(by, courseId);
        return courses.extensions(courseId);
    }

    /** The learner's own courses with their assignments, due dates (extensions counted) and status. */
    public List<LearnerCourse> myCourses(Account learner) {
        if (learner == null) {
            throw new CourseAccessDeniedException();
        }
        Map<String, ChapterProgress> mine = progress.load(learner.id());
        Instant now = clock.instant();
        List<LearnerCourse> result = new ArrayList<>();
        for (Course course : courses.joinedBy(learner.id())) {
            Map<UUID, Map<UUID, Instant>> extensions = courses.extensions(course.id());
            List<LearnerCourse.Item> items = new ArrayList<>();
            for (Assignment a : courses.assignments(course.id())) {
                chapters.find(a.chapterId()).ifPresent(chapter -> items.add(new LearnerCourse.Item(a,
                        chapter.title(), AssignmentCell.of(a, chapter, mine.get(chapter.id()),
                        extensions.getOrDefault(a.id(), Map.of()).get(learner.id()), now),
                        !a.opensAt().isAfter(now))));
            }
            result.add(new LearnerCourse(course, items));
        }
        return result;
    }

    /**
     * The chapters assigned to the learner now — open, in a course they are in that is not archived — each with its
     * earliest due date for them.
     */
    public Map<String, Instant> assignedChapters(Account learner) {
        return learner == null ? Map.of() : courses.assignedChapters(learner.id(), clock.instant());
    }

    private Assignment ownAssignment(UUID courseId, UUID assignmentId) {
        return courses.findAssignment(assignmentId).filter(a -> a.courseId().equals(courseId))
                .orElseThrow(CourseAccessDeniedException::new);
    }

    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id == null ? "" : id.strip());
        } catch (DateTimeException unknown) {
            throw new CourseException("Pick a time zone from the list, such as Europe/Berlin or America/New_York.");
        }
    }
}
