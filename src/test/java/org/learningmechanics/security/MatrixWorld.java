package org.learningmechanics.security;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountService;
import org.learningmechanics.book.Chapter;
import org.learningmechanics.book.ChapterCatalog;
import org.learningmechanics.course.AssignmentDraft;
import org.learningmechanics.course.Course;
import org.learningmechanics.course.CourseAssignments;
import org.learningmechanics.course.CourseService;
import org.learningmechanics.course.CourseTestAccounts;
import org.learningmechanics.experiment.Experiment;
import org.learningmechanics.experiment.ExperimentFixtures;
import org.learningmechanics.experiment.ExperimentService;
import org.learningmechanics.experiment.Visibility;
import org.learningmechanics.progress.ProgressRepository;

/**
 * The people and the private things of the authorisation matrix, made once for the whole test class: a course taught
 * by "instructor" with "learner" in it, an assignment and an answer; three experiments of "learner" (private, shared
 * with their courses, unlisted); another instructor's course; an administrator made as the start-up bootstrap makes
 * one. Every private text carries a random tag, so finding it on a page can only mean it leaked from here.
 */
final class MatrixWorld {

    static final String CHAPTER = "deep-linear-networks";
    static final String CHECKPOINT = "hundredfold-smaller";

    /** Who is asking. */
    enum Who { ANONYMOUS, LEARNER, OTHER_LEARNER, INSTRUCTOR, OTHER_INSTRUCTOR, ADMIN }

    /** What must stay private, and who may know it (the second half of the policy, beside the matrix). */
    enum Secret {
        COURSE(Who.LEARNER, Who.INSTRUCTOR),
        LEARNER_EMAIL(Who.LEARNER, Who.INSTRUCTOR),
        ANSWER(Who.LEARNER, Who.INSTRUCTOR),
        PRIVATE_EXPERIMENT(Who.LEARNER),
        SHARED_EXPERIMENT(Who.LEARNER, Who.INSTRUCTOR),
        UNLISTED_EXPERIMENT(Who.values()),
        OTHER_COURSE(Who.OTHER_INSTRUCTOR);

        private final Set<Who> mayKnow;

        Secret(Who... mayKnow) {
            this.mayKnow = EnumSet.copyOf(Arrays.asList(mayKnow));
        }

        boolean mayBeKnownBy(Who who) {
            return mayKnow.contains(who);
        }
    }

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final Map<Who, Account> people = new EnumMap<>(Who.class);
    final Map<Secret, List<String>> texts = new EnumMap<>(Secret.class);
    final Course course;
    final Course otherCourse;
    final Experiment privateExperiment;
    final Experiment sharedExperiment;
    final Experiment unlistedExperiment;
    final ExperimentService.Run run = ExperimentFixtures.deepLinear(2);

    MatrixWorld(AccountService accounts, CourseService courses, CourseAssignments assignments,
                ExperimentService experiments, ProgressRepository progress, ChapterCatalog chapters) {
        CourseTestAccounts make = new CourseTestAccounts(accounts);
        people.put(Who.LEARNER, make.learner("Lea Learner"));
        people.put(Who.OTHER_LEARNER, make.learner("Otto Outsider"));
        people.put(Who.INSTRUCTOR, make.instructor("Ines Instructor"));
        people.put(Who.OTHER_INSTRUCTOR, make.instructor("Oskar Otherteacher"));
        // As AdminBootstrap does at start-up with LEARNINGMECHANICS_ADMIN_EMAIL.
        people.put(Who.ADMIN, accounts.ensureAdmin("admin-" + tag + "@example.org", CourseTestAccounts.PASSWORD));

        course = courses.create(people.get(Who.INSTRUCTOR), "Seminar " + tag, "Spring", "");
        courses.join(people.get(Who.LEARNER), course.joinCode(), "203.0.113.7");
        LocalDateTime now = LocalDateTime.now();
        assignments.save(people.get(Who.INSTRUCTOR), course.id(), null, new AssignmentDraft(CHAPTER, List.of(),
                now.minusDays(1), now.plusDays(7), "UTC"));
        otherCourse = courses.create(people.get(Who.OTHER_INSTRUCTOR), "Colloquium " + tag, "Spring", "");

        String answer = "0.7" + Math.abs(tag.hashCode() % 100_000);
        Chapter chapter = chapters.find(CHAPTER).orElseThrow();
        if (!chapter.checkpoints().stream().anyMatch(c -> c.id().equals(CHECKPOINT))) {
            throw new IllegalStateException("the chapter lost checkpoint " + CHECKPOINT + "; pick another");
        }
        progress.of(learner().id()).answered(CHAPTER, CHECKPOINT, answer, false, 1);

        privateExperiment = save(experiments, "Private", Visibility.PRIVATE);
        sharedExperiment = save(experiments, "Shared", Visibility.COURSE);
        unlistedExperiment = save(experiments, "Unlisted", Visibility.UNLISTED);

        texts.put(Secret.COURSE, List.of(course.title()));
        texts.put(Secret.LEARNER_EMAIL, List.of(learner().email()));
        texts.put(Secret.ANSWER, List.of(answer));
        texts.put(Secret.PRIVATE_EXPERIMENT, List.of(privateExperiment.title(), privateExperiment.notes()));
        texts.put(Secret.SHARED_EXPERIMENT, List.of(sharedExperiment.title(), sharedExperiment.notes()));
        texts.put(Secret.UNLISTED_EXPERIMENT, List.of(unlistedExperiment.title(), unlistedExperiment.notes()));
        texts.put(Secret.OTHER_COURSE, List.of(otherCourse.title()));
    }

    private Experiment save(ExperimentService experiments, String kind, Visibility visibility) {
        return experiments.save(learner().id(), run, kind + " experiment " + tag, kind + " notes " + tag,
                visibility);
    }

    Account learner() {
        return people.get(Who.LEARNER);
    }

    /** The account behind a role, or null for someone not signed in. */
    Account as(Who who) {
        return people.get(who);
    }

    /** A location of the matrix with its placeholders filled from this world. */
    String resolve(String location) {
        return location.replace("{course}", course.id().toString())
                .replace("{otherCourse}", otherCourse.id().toString())
                .replace("{code}", course.joinCode())
                .replace("{private}", privateExperiment.slug())
                .replace("{shared}", sharedExperiment.slug())
                .replace("{unlisted}", unlistedExperiment.slug());
    }
}
