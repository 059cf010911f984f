package org.learningmechanics.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learners' progress in PostgreSQL. Every write is one small upsert keyed by (account, chapter, …), so the same event
 * can be retried safely except for the counters, which the caller retries only when the write surely failed.
 */
@Repository
public class ProgressRepository {

    private final JdbcClient jdbc;

    public ProgressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The {@link ProgressLog} of one account. */
    public ProgressLog of(UUID accountId) {
        return new ProgressLog() {
            @Override
            public void opened(String chapterId) {
                touch(accountId, chapterId);
            }

            @Override
            public void reached(String chapterId, String sectionId) {
                ProgressRepository.this.reached(accountId, chapterId, sectionId);
            }

            @Override
            public void ran(String chapterId, String simulationId) {
                ProgressRepository.this.ran(accountId, chapterId, simulationId);
            }

            @Override
            public void answered(String chapterId, String checkpointId, String response, Boolean correct,
                                 int attempt) {
                ProgressRepository.this.answered(accountId, chapterId, checkpointId, response, correct, attempt);
            }

            @Override
            public Map<String, ChapterProgress> all() {
                return load(accountId);
            }
        };
    }

    void touch(UUID account, String chapter) {
        jdbc.sql("""
                        insert into chapter_progress (account_id, chapter_id) values (?, ?)
                        on conflict (account_id, chapter_id) do update set last_activity_at = now()""")
                .params(account, chapter).update();
    }

    void reached(UUID account, String chapter, String section) {
        jdbc.sql("""
                        insert into chapter_progress (account_id, chapter_id, sections_reached, sections_reached_at)
                        values (?, ?, array[?], array[now()])
                        on conflict (account_id, chapter_id) do update set
                            last_activity_at = now(),
                            sections_reached = case when ? = any(chapter_progress.sections_reached)
                                                    then chapter_progress.sections_reached
                                                    else chapter_progress.sections_reached || ? end,
                            sections_reached_at = case when ? = any(chapter_progress.sections_reached)
                                                       then chapter_progress.sections_reached_at
                                                       else chapter_progress.sections_reached_at || now() end""")
                .params(account, chapter, section, section, section, section).update();
    }

    @Transactional
    void ran(UUID account, String chapter, String simulation) {
        touch(account, chapter);
        jdbc.sql("""
                        insert into simulation_use (account_id, chapter_id, simulation_id, runs)
                        values (?, ?, ?, 1)
                        on conflict (account_id, chapter_id, simulation_id) do update set
                            runs = simulation_use.runs + 1, last_run_at = now()""")
                .params(account, chapter, simulation).update();
    }

    @Transactional
    void answered(UUID account, String chapter, String checkpoint, String response, Boolean correct, int attempt) {
        touch(account, chapter);
        jdbc.sql("""
                        insert into checkpoint_answer (account_id, chapter_id, checkpoint_id, response, correct, attempts)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (account_id, chapter_id, checkpoint_id) do update set
                            response = excluded.response, correct = excluded.correct,
                            attempts = greatest(checkpoint_answer.attempts, excluded.attempts), answered_at = now()""")
                .params(account, chapter, checkpoint, response, correct, Math.max(1, attempt)).update();
    }

    /**
     * Adds a browser session's progress to an account's, as {@link ChapterProgress#merge} describes: sections are
     * united, runs and attempts add up, the earlier opening and the later answer win.
     */
    @Transactional
    public void merge(UUID account, Map<String, ChapterProgress> session) {
        Map<String, ChapterProgress> stored = load(account);
        for (ChapterProgress added : session.values()) {
            ChapterProgress before = stored.get(added.chapterId());
            ChapterProgress merged = before == null ? added : before.merge(added);
            jdbc.sql("""
                            insert into chapter_progress (account_id, chapter_id, opened_at, last_activity_at,
                                                          sections_reached, sections_reached_at)
                            values (?, ?, ?, ?, ?, cast(? as text[])::timestamptz[])
                            on conflict (account_id, chapter_id) do update set
                                opened_at = excluded.opened_at, last_activity_at = excluded.last_activity_at,
                                sections_reached = excluded.sections_reached,
                                sections_reached_at = excluded.sections_reached_at""")
                    .params(account, merged.chapterId(), utc(merged.openedAt()), utc(merged.lastActivityAt()),
                            merged.sectionsReached().toArray(String[]::new),
                            // ISO-8601 text, cast in SQL: the driver binds text arrays, not arrays of times
                            merged.sectionsReached().stream().map(merged::firstReached).map(Instant::toString)
                                    .toArray(String[]::new))
                    .update();
            merged.simulationRuns().forEach((simulation, runs) -> jdbc.sql("""
                            insert into simulation_use (account_id, chapter_id, simulation_id, runs, first_run_at)
                            values (?, ?, ?, ?, ?)
                            on conflict (account_id, chapter_id, simulation_id) do update set
                                runs = excluded.runs, first_run_at = excluded.first_run_at""")
                    .params(account, merged.chapterId(), simulation, runs, utc(merged.firstRun(simulation)))
                    .update());
            merged.checkpoints().forEach((checkpoint, answer) -> jdbc.sql("""
                            insert into checkpoint_answer (account_id, chapter_id, checkpoint_id, response, correct,
                                                           attempts, answered_at, first_answered_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?)
                            on conflict (account_id, chapter_id, checkpoint_id) do update set
                                response = excluded.response, correct = excluded.correct,
                                attempts = excluded.attempts, answered_at = excluded.answered_at,
                                first_answered_at = excluded.first_answered_at""")
                    .params(account, merged.chapterId(), checkpoint, answer.response(), answer.correct(),
                            answer.attempts(), utc(answer.answeredAt()), utc(answer.firstAnsweredAt()))
                    .update());
        }
    }

    public Map<String, ChapterProgress> load(UUID account) {
        Map<String, Map<String, Integer>> runs = new HashMap<>();
        Map<String, Map<String, Instant>> firstRuns = new HashMap<>();
        jdbc.sql("select chapter_id, simulation_id, runs, first_run_at from simulation_use where account_id = ?")
                .param(account)
                .query((ResultSet rs) -> {
                    runs.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                            rs.getInt(3));
                    firstRuns.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                            instant(rs, "first_run_at"));
                });
        Map<String, Map<String, CheckpointRecord>> answers = new HashMap<>();
        jdbc.sql("""
                        select chapter_id, checkpoint_id, response, correct, attempts, answered_at, first_answered_at
                        from checkpoint_answer where account_id = ?""").param(account)
                .query((ResultSet rs) -> {
                    Boolean correct = rs.getObject("correct") == null ? null : rs.getBoolean("correct");
                    answers.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                            new CheckpointRecord(rs.getString("response"), correct, rs.getInt("attempts"),
                                    instant(rs, "answered_at"), instant(rs, "first_answered_at")));
                });
        Map<String, ChapterProgress> chapters = new LinkedHashMap<>();
        List<ChapterProgress> rows = jdbc.sql("""
                        select chapter_id, opened_at, last_activity_at, sections_reached, sections_reached_at
                        from chapter_progress where account_id = ? order by last_activity_at desc""").param(account)
                .query((rs, n) -> {
                    String chapter = rs.getString("chapter_id");
                    String[] sections = (String[]) rs.getArray("sections_reached").getArray();
                    Object[] reachedAt = (Object[]) rs.getArray("sections_reached_at").getArray();
                    Map<String, Instant> firstReached = new LinkedHashMap<>();
                    for (int i = 0; i < sections.length; i++) {
                        firstReached.put(sections[i], asInstant(reachedAt[i]));
                    }
                    return new ChapterProgress(chapter, instant(rs, "opened_at"), instant(rs, "last_activity_at"),
                            new LinkedHashSet<>(List.of(sections)), runs.getOrDefault(chapter, Map.of()),
                            answers.getOrDefault(chapter, Map.of()),
                            new ChapterProgress.FirstTimes(firstReached, firstRuns.getOrDefault(chapter, Map.of())));
                })
                .list();
        rows.forEach(row -> chapters.put(row.chapterId(), row));
        return chapters;
    }

    /** An element of a {@code timestamptz[]}, which the PostgreSQL driver gives as a {@link java.sql.Timestamp}. */
    private static Instant asInstant(Object element) {
        return element instanceof java.sql.Timestamp timestamp ? timestamp.toInstant()
                : ((OffsetDateTime) element).toInstant();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
