package org.learningmechanics.experiment;

import java.util.List;
import java.util.UUID;

import org.learningmechanics.course.CourseShares;
import org.springframework.stereotype.Component;

/** A learner's experiments shared with their courses, for the instructors' view of that learner. */
@Component
class ExperimentCourseShares implements CourseShares {

    private final ExperimentService experiments;

    ExperimentCourseShares(ExperimentService experiments) {
        this.experiments = experiments;
    }

    @Override
    public List<SharedWork> sharedBy(UUID owner) {
        return experiments.sharedWithCourses(owner).stream()
                .map(e -> new SharedWork(e.title(), e.simulationId(), e.path(), e.createdAt())).toList();
    }
}
