package org.learningmechanics.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import javax.sql.DataSource;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source that stops asking for connections for a few seconds once PostgreSQL has refused one, so
 * that while the database is away every request learns it at once instead of each waiting out the pool's
 * connection time-out (5 s): a page that needs the database says "temporarily unavailable" straight away, and
 * one that does not (a chapter) is not held up by the parts that do. After the pause one request tries again; the
 * first connection that works closes the breaker, so recovery needs no restart.
 *
 * <p>Only failures to connect count (SQL state class 08, "connection exception", which PgJDBC and Hikari report
 * for a server that is down or unreachable). A pool that is merely busy under load times out without that state
 * and does not trip the breaker: shedding load is not this class's job.
 */
public class FailFastDataSource extends DelegatingDataSource implements AutoCloseable {

    static final String UNAVAILABLE = "The database is unavailable; not trying again for a few seconds.";
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private final CircuitBreaker breaker;

    public FailFastDataSource(DataSource target, Duration pause) {
        super(target);
        this.breaker = CircuitBreaker.of("database", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(1)
                .minimumNumberOfCalls(1)
                .failureRateThreshold(100)
                .waitDurationInOpenState(pause)
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(FailFastDataSource::isConnectFailure)
                .build());
    }

    @Override
    public Connection getConnection() throws SQLException {
        return guarded(() -> super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return guarded(() -> super.getConnection(username, password));
    }

    /** Closes the pool behind it: the container calls this where it would have closed the pool itself. */
    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    private interface ConnectionSupplier {
        Connection get() throws SQLException;
    }

    private Connection guarded(ConnectionSupplier connect) throws SQLException {
        try {
            return breaker.executeCheckedSupplier(connect::get);
        } catch (CallNotPermittedException open) {
            throw new SQLTransientConnectionException(UNAVAILABLE, "08001", open);
        } catch (SQLException | RuntimeException | Error failure) {
            throw failure;
        } catch (Throwable other) {
            throw new SQLException(other);
        }
    }

    static boolean isConnectFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
