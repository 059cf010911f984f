package org.learningmechanics.course;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.learningmechanics.account.Account;
import org.learningmechanics.account.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Courses, their instructors, members, assignments and extensions in PostgreSQL. No access checks here. */
@Repository
class CourseRepository {

    private final JdbcClient jdbc;

    CourseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the course with its owner, unless its join code is taken (false then, and nothing is inserted). */
    boolean insert(Course course, UUID owner) {
        int inserted = jdbc.sql("""
                        insert into course (id, title, term, description, join_code, created_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (join_code) do nothing""")
                .params(course.id(), course.title(), course.term(), course.description(), course.joinCode(),
                        utc(course.createdAt())).update();
        if (inserted == 0) {
            return false;
        }
        jdbc.sql("insert into course_instructor (course_id, account_id, owner) values (?, ?, true)")
                .params(course.id(), owner).update();
        return true;
    }

    Optional<Course> find(UUID id) {
        return jdbc.sql("select * from course where id = ?").param(id).query((rs, n) -> course(rs)).optional();
    }

    Optional<Course> findByCode(String code) {
        return jdbc.sql("select * from course where join_code = ?").param(code).query((rs, n) -> course(rs))
                .optional();
    }

    List<Course> taughtBy(UUID account) {
        return jdbc.sql("""
                        select c.* from course c join course_instructor i on i.course_id = c.id
                        where i.account_id = ? order by c.archived, c.created_at desc""")
                .param(account).query((rs, n) -> course(rs)).list();
    }

    List<Course> joinedBy(UUID account) {
        return jdbc.sql("""
                        select c.* from course c join course_member m on m.course_id = c.id
                        where m.account_id = ? and m.removed_at is null order by c.archived, m.joined_at desc""")
                .param(account).query((rs, n) -> course(rs)).list();
    }

    boolean teaches(UUID account, UUID course) {
        return jdbc.sql("select exists (select 1 from course_instructor where account_id = ? and course_id = ?)")
                .params(account, course).query(Boolean.class).single();
    }

    /** Whether the account is a member now; empty when it never joined, false when it was removed. */
    Optional<Boolean> membership(UUID account, UUID course) {
        return jdbc.sql("select removed_at is null from course_member where account_id = ? and course_id = ?")
                .params(account, course).query(Boolean.class).optional();
    }

    /**
     * Whether {@code owner} is in a course that {@code viewer} teaches or is also in. Teaching takes the instructor
     * role as well, as for the course pages (CourseAccess): one made a learner again no longer sees as a teacher.
     */
    boolean sharesCourse(UUID viewer, UUID owner) {
        return jdbc.sql("""
                        select exists (select 1 from course_member m where m.account_id = ? and m.removed_at is null
                            and (exists (select 1 from course_instructor i join account a on a.id = i.account_id
                                         where i.course_id = m.course_id and i.account_id = ?
                                           and a.role <> 'LEARNER')
                                 or exists (select 1 from course_member v where v.course_id = m.course_id
                                            and v.account_id = ? and v.removed_at is null)))""")
                .params(owner, viewer, viewer).query(Boolean.class).single();
    }

    /**
     * Gives the course a new code unless another course has it; false then. (Checking in the statement, rather than
     * catching the unique-key error, leaves the transaction usable for another try.)
     */
    boolean updateCode(UUID course, String code) {
        return jdbc.sql("""
                        update course set join_code = ?, join_enabled = true
                        where id = ? and not exists (select 1 from course other where other.join_code = ?)""")
                .params(code, course, code).update() == 1;
    }

    void updateJoinEnabled(UUID course, boolean enabled) {
        jdbc.sql("update course set join_enabled = ? where id = ?").params(enabled, course).update();
    }

    void updateArchived(UUID course, boolean archived) {
        jdbc.sql("update course set archived = ? where id = ?").params(archived, course).update();
    }

    void addInstructor(UUID course, UUID account) {
        jdbc.sql("insert into course_instructor (course_id, account_id) values (?, ?) on conflict do nothing")
                .params(course, account).update();
    }

    List<Account> instructors(UUID course) {
        return jdbc.sql("""
                        select a.* from account a join course_instructor i on i.account_id = a.id
                        where i.course_id = ? order by i.owner desc, i.added_at""")
                .param(course).query((rs, n) -> new Account(rs.getObject("id", UUID.class), rs.getString("email"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")), instant(rs, "created_at")))
                .list();
    }

    /** Adds a learner, or takes a removed one back; returns false when they were already in. */
    boolean addMember(UUID course, UUID account) {
        return jdbc.sql("""
                        insert into course_member (course_id, account_id) values (?, ?)
                        on conflict (course_id, account_id) do update set removed_at = null, joined_at = now()
                        where course_member.removed_at is not null""")
                .params(course, account).update() > 0;
    }

    void removeMember(UUID course, UUID account) {
        jdbc.sql("update course_member set removed_at = now() where course_id = ? and account_id = ?")
                .params(course, account).update();
    }

    List<RosterEntry> roster(UUID course) {
        return jdbc.sql("""
                        select a.id, a.display_name, a.email, m.joined_at from course_member m
                        join account a on a.id = m.account_id
                        where m.course_id = ? and m.removed_at is null order by lower(a.display_name), a.email""")
                .param(course).query((rs, n) -> new RosterEntry(rs.getObject("id", UUID.class),
                        rs.getString("display_name"), rs.getString("email"), instant(rs, "joined_at")))
                .list();
    }

    void saveAssignment(Assignment a) {
        jdbc.sql("""
                        insert into assignment
                            (id, course_id, chapter_id, checkpoint_ids, opens_at, due_at, zone_id, simulation_ids)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (id) do update set chapter_id = excluded.chapter_id,
                            checkpoint_ids = excluded.checkpoint_ids, opens_at = excluded.opens_at,
                            due_at = excluded.due_at, zone_id = excluded.zone_id,
                            simulation_ids = excluded.simulation_ids""")
                .params(a.id(), a.courseId(), a.chapterId(), a.checkpointIds().toArray(String[]::new),
                        utc(a.opensAt()), utc(a.dueAt()), a.zone().getId(), a.simulationIds().toArray(String[]::new))
                .update();
    }

    Optional<Assignment> findAssignment(UUID id) {
        return jdbc.sql("select * from assignment where id = ?").param(id).query((rs, n) -> assignment(rs))
                .optional();
    }

    List<Assignment> assignments(UUID course) {
        return jdbc.sql("select * from assignment where course_id = ? order by due_at, created_at").param(course)
                .query((rs, n) -> assignment(rs)).list();
    }

    void deleteAssignment(UUID id) {
        jdbc.sql("delete from assignment where id = ?").param(id).update();
    }

    void saveExtension(UUID assignment, UUID account, Instant due) {
        jdbc.sql("""
                        insert into assignment_extension (assignment_id, account_id, due_at) values (?, ?, ?)
                        on conflict (assignment_id, account_id) do update set due_at = excluded.due_at""")
                .params(assignment, account, utc(due)).update();
    }

    void deleteExtension(UUID assignment, UUID account) {
        jdbc.sql("delete from assignment_extension where assignment_id = ? and account_id = ?")
                .params(assignment, account).update();
    }

    /** Extensions of a course's assignments: assignment id → learner id → their due date. */
    Map<UUID, Map<UUID, Instant>> extensions(UUID course) {
        Map<UUID, Map<UUID, Instant>> all = new HashMap<>();
        jdbc.sql("""
                        select e.* from assignment_extension e join assignment a on a.id = e.assignment_id
                        where a.course_id = ?""").param(course)
                .query((ResultSet rs) -> {
                    all.computeIfAbsent(rs.getObject("assignment_id", UUID.class), k -> new HashMap<>())
                            .put(rs.getObject("account_id", UUID.class), instant(rs, "due_at"));
                });
        return all;
    }

    /** Chapter id → earliest due time (extensions counted) of the open assignments of the learner's active courses. */
    Map<String, Instant> assignedChapters(UUID learner, Instant now) {
        Map<String, Instant> assigned = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select a.chapter_id, min(coalesce(e.due_at, a.due_at)) as due
                        from course_member m
                        join course c on c.id = m.course_id and not c.archived
                        join assignment a on a.course_id = c.id and a.opens_at <= ?
                        left join assignment_extension e on e.assignment_id = a.id and e.account_id = m.account_id
                        where m.account_id = ? and m.removed_at is null
                        group by a.chapter_id order by due""")
                .params(utc(now), learner)
                .query((ResultSet rs) -> {
                    assigned.put(rs.getString("chapter_id"), instant(rs, "due"));
                });
        return assigned;
    }

    private static Course course(ResultSet rs) throws SQLException {
        return new Course(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("term"),
                rs.getString("description"), rs.getString("join_code"), rs.getBoolean("join_enabled"),
                rs.getBoolean("archived"), instant(rs, "created_at"));
    }

    private static Assignment assignment(ResultSet rs) throws SQLException {
        return new Assignment(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class),
                rs.getString("chapter_id"), List.of((String[]) rs.getArray("checkpoint_ids").getArray()),
                instant(rs, "opens_at"), instant(rs, "due_at"), ZoneId.of(rs.getString("zone_id")),
                List.of((String[]) rs.getArray("simulation_ids").getArray()));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
