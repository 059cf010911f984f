package org.learningmechanics.experiment;

/** An experiment request that cannot be done; the message says why in plain words, for the person who asked. */
public class ExperimentException extends RuntimeException {

    public ExperimentException(String message) {
        super(message);
    }
}
