package org.learningmechanics.experiment.api;

import org.springframework.http.HttpStatus;

/** A request the experiment API will not do, with the status that says why and a message for the person asking. */
final class ApiRefusal extends RuntimeException {

    private final HttpStatus status;

    ApiRefusal(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
