package org.learningmechanics.sim;

/** A parameter value that a simulation does not accept; the message is meant for the person who typed it. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The name of the offending parameter, or {@code null} when the problem is not tied to one. */
    public String parameter() {
        return parameter;
    }
}
