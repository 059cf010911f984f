package org.learningmechanics.sim.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.learningmechanics.sim.InvalidParameterException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the HTTP API as {@code {error, parameter?}} in plain words, with the status that fits. */
@RestControllerAdvice(assignableTypes = SimulationApiController.class)
class ApiErrors {

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Map<String, String>> invalid(InvalidParameterException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage(), e.parameter());
    }

    @ExceptionHandler(UnknownSimulationException.class)
    ResponseEntity<Map<String, String>> unknown(UnknownSimulationException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler(BlockingRuns.RefusedException.class)
    ResponseEntity<Map<String, String>> refused(BlockingRuns.RefusedException e) {
        ResponseEntity<Map<String, String>> response = error(HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), null);
        return ResponseEntity.status(response.getStatusCode()).header(HttpHeaders.RETRY_AFTER, "5")
                .body(response.getBody());
    }

    @ExceptionHandler(BlockingRuns.TooLongException.class)
    ResponseEntity<Map<String, String>> tooLong(BlockingRuns.TooLongException e) {
        return error(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), null);
    }

    @ExceptionHandler(BlockingRuns.FailedException.class)
    ResponseEntity<Map<String, String>> failed(BlockingRuns.FailedException e) {
        return error(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage(), null);
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message, String parameter) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", message);
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        return ResponseEntity.status(status).body(body);
    }
}
