package org.learningmechanics.db;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The HTTP API's answer when the database fails: 503 with {@code Retry-After} while it is away, so that scripts
 * back off and try again; a plain 500 for any other database error. The body is the API's usual
 * {@code {"error": …}}, never a stack trace or SQL.
 */
@RestControllerAdvice
class DatabaseOutageAdvice {

    static final String UNAVAILABLE = "The database is temporarily unavailable. Try again in a minute.";
    static final String FAILED = "Something went wrong on our side.";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageAdvice.class);

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<Map<String, String>> databaseFailed(RuntimeException failure) {
        if (DatabaseOutage.explains(failure)) {
            LOG.warn("API request failed, the database is unavailable: {}", failure.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                    .body(Map.of("error", UNAVAILABLE));
        }
        LOG.error("API request failed in the database", failure);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Map.of("error", FAILED));
    }
}
