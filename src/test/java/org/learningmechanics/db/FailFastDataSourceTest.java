package org.learningmechanics.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.sql.DataSource;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** While PostgreSQL refuses connections, requests fail at once; when it answers again, they work again. */
class FailFastDataSourceTest {

    /** A server that can be down ("connection refused", state 08001), busy (a pool time-out, no state) or up. */
    static final class Server implements DataSource {
        enum State { DOWN, BUSY, UP }

        State state = State.UP;
        final AtomicInteger attempts = new AtomicInteger();
        final Connection connection = (Connection) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> null);

        @Override
        public Connection getConnection() throws SQLException {
            attempts.incrementAndGet();
            return switch (state) {
                case DOWN -> throw new SQLTransientConnectionException("pool timed out",
                        "08001", new SQLException("Connection refused", "08001"));
                case BUSY -> throw new SQLTransientConnectionException("Connection is not available, request "
                        + "timed out after 5000ms");
                case UP -> connection;
            };
        }

        @Override
        public Connection getConnection(String u, String p) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return null;
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }

    final Server server = new Server();
    final FailFastDataSource dataSource = new FailFastDataSource(server, Duration.ofHours(1));

    @Test
    void afterARefusedConnectionTheNextRequestsFailAtOnceWithoutAskingTheServer() {
        server.state = Server.State.DOWN;
        assertThatThrownBy(dataSource::getConnection).hasMessage("pool timed out");
        assertThat(server.attempts).hasValue(1);

        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                    .hasMessage(FailFastDataSource.UNAVAILABLE);
        }
        assertThat(server.attempts).as("no request waited on the server while it was known to be down").hasValue(1);
        assertThat(DatabaseOutage.explains(new CannotGetJdbcConnectionException("x",
                new SQLTransientConnectionException(FailFastDataSource.UNAVAILABLE, "08001")))).isTrue();
    }

    @Test
    void afterThePauseOneRequestTriesAgainAndAWorkingConnectionEndsTheOutage() throws SQLException {
        server.state = Server.State.DOWN;
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLException.class);
        }
        server.state = Server.State.UP;
        dataSource.breaker().transitionToHalfOpenState();   // the pause has passed

        assertThat(dataSource.getConnection()).isSameAs(server.connection);
        assertThat(dataSource.breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(dataSource.getConnection()).isSameAs(server.connection);
    }

    @Test
    void aStillDownServerAfterThePauseKeepsTheBreakerOpen() {
        server.state = Server.State.DOWN;
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLException.class);
        }
        dataSource.breaker().transitionToHalfOpenState();
        int before = server.attempts.get();
        assertThatThrownBy(dataSource::getConnection).hasMessage("pool timed out");
        assertThatThrownBy(dataSource::getConnection).hasMessage(FailFastDataSource.UNAVAILABLE);
        assertThat(server.attempts.get() - before).isEqualTo(1);
    }

    @Test
    void aBusyPoolIsNotAnOutage() {
        server.state = Server.State.BUSY;
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(dataSource::getConnection).hasMessageContaining("request timed out");
        }
        assertThat(server.attempts).as("every request still asked the pool").hasValue(5);
        assertThat(dataSource.breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void springSeesAnOpenBreakerAsAnOutage() {
        server.state = Server.State.DOWN;
        JdbcClient jdbc = JdbcClient.create(dataSource);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> jdbc.sql("select 1").query(Integer.class).single())
                    .satisfies(failure -> assertThat(DatabaseOutage.explains(failure)).as(failure.toString())
                            .isTrue());
        }
    }
}
