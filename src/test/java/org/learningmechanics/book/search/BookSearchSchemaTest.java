package org.learningmechanics.book.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** What V002 promises: weighted documents and constraints that keep the index and its fingerprint sound. */
@SpringBootTest
@Transactional // every test's rows are rolled back, leaving the book's index as start-up built it
class BookSearchSchemaTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BookSearch search;

    @Test
    void aWordInASectionTitleOutranksTheSameWordInTheText() {
        insertSection("schema-test", "plain", 1000, "Other matters", "Plateaus come and go, and plateaus return.");
        insertSection("schema-test", "titled", 1001, "Plateaus", "Nothing else to say here.");

        assertThat(search.search("plateaus", 100)).extracting(SearchHit::sectionId).startsWith("titled", "plain");
    }

    @Test
    void aSectionIsIndexedOncePerChapter() {
        insertSection("schema-test", "twice", 1000, "Twice", "text");

        assertThatThrownBy(() -> insertSection("schema-test", "twice", 1001, "Twice", "text"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theFingerprintIsOneRow() {
        assertThatThrownBy(() -> jdbc.sql("insert into book_search_fingerprint (sha256, sections) values (?, 0)")
                .param("0".repeat(64)).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theFingerprintIsASha256InHex() {
        assertThatThrownBy(() -> jdbc.sql("update book_search_fingerprint set sha256 = 'not a hash'").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private void insertSection(String chapterId, String sectionId, int position, String title, String body) {
        jdbc.sql("""
                        insert into book_section (chapter_id, section_id, chapter_title, section_title, body, position)
                        values (?, ?, 'Schema test', ?, ?, ?)""")
                .params(chapterId, sectionId, title, body, position)
                .update();
    }
}
