package org.learningmechanics.db;

import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database is away (stopped, restarting, unreachable, out of connections, too slow)
 * rather than that a request or the code is wrong: the first deserves "try again in a minute", the second does not.
 * Spring translates PostgreSQL's connection-class SQL states (08, 53, 57, …) into
 * {@link DataAccessResourceFailureException}; a transaction that cannot even start fails with
 * {@link CannotCreateTransactionException}.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** True if the failure, or anything that caused it, says the database could not be reached or could not answer. */
    public static boolean explains(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof RecoverableDataAccessException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }
}
