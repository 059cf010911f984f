package org.learningmechanics.course;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.learningmechanics.account.AccountDeletion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Courses that only one instructor teaches, when that instructor deletes their account. A running course with
 * learners would be left with no one to see its dashboard or answer its learners, so the deletion is refused until
 * someone else teaches it or it is archived. A course without learners, or an archived one, goes with the account:
 * left behind, it would be an instructor-less course whose join code still worked.
 */
@Component
class SoleInstructorCourses implements AccountDeletion {

    private final JdbcClient jdbc;

    SoleInstructorCourses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Taught(UUID id, String title, boolean archived, int learners) {
    }

    @Override
    public Optional<String> refusal(UUID accountId) {
        List<Taught> running = taughtAlone(accountId).stream().filter(c -> !c.archived() && c.learners() > 0).toList();
        if (running.isEmpty()) {
            return Optional.empty();
        }
        String courses = running.stream().map(c -> "“" + c.title() + "” (" + c.learners()
                + (c.learners() == 1 ? " learner" : " learners") + ")").collect(Collectors.joining(", "));
        return Optional.of("You are the only instructor of " + courses + ". Add a co-instructor or archive "
                + (running.size() == 1 ? "the course" : "those courses")
                + " under Teaching first; then you can delete your account.");
    }

    @Override
    public void beforeDeleting(UUID accountId) {
        jdbc.sql("delete from course c where " + TAUGHT_ALONE).params(accountId, accountId).update();
    }

    /** The courses of account ? that no other account ? teaches. */
    private static final String TAUGHT_ALONE = """
            exists (select 1 from course_instructor i where i.course_id = c.id and i.account_id = ?)
            and not exists (select 1 from course_instructor other where other.course_id = c.id
                            and other.account_id <> ?)""";

    private List<Taught> taughtAlone(UUID accountId) {
        return jdbc.sql("""
                        select c.id, c.title, c.archived,
                               (select count(*) from course_member m
                                 where m.course_id = c.id and m.removed_at is null) as learners
                        from course c
                        where\s""" + TAUGHT_ALONE)
                .params(accountId, accountId)
                .query((rs, n) -> new Taught(rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getBoolean("archived"), rs.getInt("learners")))
                .list();
    }
}
