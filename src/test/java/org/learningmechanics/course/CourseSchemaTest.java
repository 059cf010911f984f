package org.learningmechanics.course;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** V006's constraints hold even for a write that bypasses the service. */
@SpringBootTest
class CourseSchemaTest {

    @Autowired
    JdbcClient jdbc;

    private void insertCourse(UUID id, String code) {
        jdbc.sql("insert into course (id, title, join_code) values (?, 'T', ?)").params(id, code).update();
    }

    @Test
    void aJoinCodeIsTenCrockfordCharactersAndUnique() {
        insertCourse(UUID.randomUUID(), "0123456789");
        assertThatThrownBy(() -> insertCourse(UUID.randomUUID(), "0123456789"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertCourse(UUID.randomUUID(), "ABCDEFGHIL"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertCourse(UUID.randomUUID(), "abcdefghjk"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anAssignmentIsDueAfterItOpens() {
        UUID course = UUID.randomUUID();
        insertCourse(course, JoinCode.generate());
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into assignment (id, course_id, chapter_id, opens_at, due_at, zone_id)
                        values (?, ?, 'ch', '2026-03-09T16:00Z', '2026-03-09T16:00Z', 'UTC')""")
                .params(UUID.randomUUID(), course).update()).isInstanceOf(DataIntegrityViolationException.class);
    }
}
