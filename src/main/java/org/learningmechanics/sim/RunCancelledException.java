package org.learningmechanics.sim;

/** Ends a run early: the person pressed Stop, or the run used up its time budget. */
public class RunCancelledException extends RuntimeException {

    public enum Reason { STOPPED, TIME_BUDGET_EXCEEDED }

    private final Reason reason;

    public RunCancelledException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
