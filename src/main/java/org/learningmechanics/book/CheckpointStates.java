package org.learningmechanics.book;

import java.util.Optional;

/** Looks up a learner's last committed prediction to a checkpoint; a Spring bean, if there is one, for the page. */
public interface CheckpointStates {

    Optional<CheckpointState> find(String chapterId, String checkpointId);
}
