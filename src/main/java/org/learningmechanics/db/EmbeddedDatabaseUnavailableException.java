package org.learningmechanics.db;

import java.nio.file.Path;

/** The embedded PostgreSQL could not be started; start-up stops with advice instead of a stack trace. */
class EmbeddedDatabaseUnavailableException extends RuntimeException {

    private final Path dataDirectory;

    EmbeddedDatabaseUnavailableException(Path dataDirectory, Exception cause) {
        super("Could not start the embedded PostgreSQL in " + dataDirectory + ": " + cause.getMessage(), cause);
        this.dataDirectory = dataDirectory;
    }

    Path dataDirectory() {
        return dataDirectory;
    }
}
