package org.learningmechanics.progress.ui;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinSession;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.ui.CurrentAccount;
import org.learningmechanics.book.Chapter;
import org.learningmechanics.progress.ChapterProgress;
import org.learningmechanics.progress.ChapterStatus;
import org.learningmechanics.progress.ProgressLog;
import org.learningmechanics.progress.ProgressRepository;
import org.learningmechanics.progress.SessionProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Records what the reader does, where it belongs: a signed-in learner's progress goes to the database at once; a
 * visitor's stays with their browser session and moves into their account when they sign up or in.
 *
 * <p>Nothing is dropped silently. A database write is tried three times; if it still fails, the event is kept in
 * the session (and carried into the database with the next write that succeeds) and the learner is told.
 */
@Component
public class ReadingProgress {

    private static final Logger LOG = LoggerFactory.getLogger(ReadingProgress.class);
    static final long[] RETRY_PAUSES_MS = {0, 150, 600};
    public static final String NOT_SAVED = "Your progress could not be saved just now. It is kept in this browser tab and "
            + "will be saved as soon as the database answers again.";

    private final CurrentAccount current;
    private final ProgressRepository repository;
    private final Clock clock;

    public ReadingProgress(CurrentAccount current, ProgressRepository repository, Clock clock) {
        this.current = current;
        this.repository = repository;
        this.clock = clock;
    }

    /** Records one event for whoever is reading. Call on the UI thread (it may show a notification). */
    public void record(Consumer<ProgressLog> event) {
        Optional<Account> account;
        try {
            account = current.get();
        } catch (DataAccessException | TransactionException unavailable) {
            keepInSession(event, unavailable);
            return;
        }
        if (account.isEmpty()) {
            event.accept(session());
            return;
        }
        for (int attempt = 0; attempt < RETRY_PAUSES_MS.length; attempt++) {
            try {
                pause(RETRY_PAUSES_MS[attempt]);
                carryOver(account.get());
                event.accept(repository.of(account.get().id()));
                return;
            } catch (DataAccessException | TransactionException failure) {
                if (attempt == RETRY_PAUSES_MS.length - 1) {
                    keepInSession(event, failure);
                }
            }
        }
    }

    /** Everything the reader has done, by chapter id; empty when nothing can be read just now. */
    public Map<String, ChapterProgress> all() {
        try {
            Optional<Account> account = current.get();
            if (account.isPresent()) {
                carryOver(account.get());
                return repository.load(account.get().id());
            }
        } catch (DataAccessException | TransactionException unavailable) {
            LOG.warn("Progress could not be read: {}", unavailable.getMessage());
        }
        return session().all();
    }

    public static ChapterStatus status(Chapter chapter, Map<String, ChapterProgress> progress) {
        ChapterProgress p = progress.get(chapter.id());
        return p == null ? ChapterStatus.NOT_STARTED : p.status(chapter);
    }

    /** A visitor's progress, or a learner's that is waiting for the database, moved into the account. */
    private void carryOver(Account account) {
        SessionProgress kept = session();
        if (!kept.isEmpty()) {
            repository.merge(account.id(), kept.all());
            kept.clear();
        }
    }

    private void keepInSession(Consumer<ProgressLog> event, RuntimeException failure) {
        LOG.warn("Progress kept in the session, the database did not take it: {}", failure.getMessage());
        event.accept(session());
        Notification notice = Notification.show(NOT_SAVED, 8000, Notification.Position.BOTTOM_START);
        notice.addThemeVariants(NotificationVariant.ERROR);
    }

    private SessionProgress session() {
        VaadinSession session = VaadinSession.getCurrent();
        SessionProgress progress = session.getAttribute(SessionProgress.class);
        if (progress == null) {
            progress = new SessionProgress(clock);
            session.setAttribute(SessionProgress.class, progress);
        }
        return progress;
    }

    private static void pause(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
