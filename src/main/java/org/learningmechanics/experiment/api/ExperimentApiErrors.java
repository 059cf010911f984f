package org.learningmechanics.experiment.api;

import java.util.Map;

import org.learningmechanics.experiment.ExperimentException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the experiment API as {@code {error}} in plain words, in the shape of the simulation API's. */
@RestControllerAdvice(assignableTypes = ExperimentApiController.class)
class ExperimentApiErrors {

    /** What {@code ExperimentJson} or the service found wrong with the file: nothing was stored. */
    @ExceptionHandler(ExperimentException.class)
    ResponseEntity<Map<String, String>> invalid(ExperimentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "Not saved: " + e.getMessage()));
    }

    @ExceptionHandler(ApiRefusal.class)
    ResponseEntity<Map<String, String>> refused(ApiRefusal e) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e.status() == HttpStatus.TOO_MANY_REQUESTS) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(SaveThrottle.WINDOW.toSeconds()));
        }
        return response.body(Map.of("error", e.getMessage()));
    }
}
