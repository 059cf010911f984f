package org.learningmechanics.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChapterParserTest {

    private final ChapterParser parser = new ChapterParser();

    @Test
    void frontMatterAndBodyBecomeAChapterCutAtItsSimulations() {
        Chapter chapter = parser.parse("x.md", """
                ---
                id: sample-chapter
                title: "A sample: with a colon"
                strand: 1
                order: 3
                summary: Short.
                ---
                Intro with $x^2$.

                ::: simulation deep-linear preset=deep

                Outro.
                """);
        assertThat(chapter.id()).isEqualTo("sample-chapter");
        assertThat(chapter.title()).isEqualTo("A sample: with a colon");
        assertThat(chapter.strandLabel()).isEqualTo("Strand 1");
        assertThat(chapter.order()).isEqualTo(3);
        assertThat(chapter.segments()).hasSize(3);
        assertThat(chapter.segments().get(0)).isInstanceOf(ChapterSegment.Prose.class);
        assertThat(((ChapterSegment.Prose) chapter.segments().get(0)).html()).contains("<lm-math tex=\"x^2\">");
        assertThat(chapter.segments().get(1)).isEqualTo(new ChapterSegment.EmbeddedSimulation("deep-linear", "deep"));
        assertThat(chapter.simulationIds()).containsExactly("deep-linear");
    }

    @Test
    void mistakesAreReportedWithTheFileName() {
        assertThatThrownBy(() -> parser.parse("a.md", "No front matter")).hasMessageStartingWith("a.md: must start");
        assertThatThrownBy(() -> parser.parse("b.md", "---\ntitle: T\nstrand: 1\norder: 1\n---\nbody"))
                .hasMessage("b.md: the front matter needs 'id'");
        assertThatThrownBy(() -> parser.parse("c.md", "---\nid: c\ntitle: T\nstrand: 9\norder: 1\n---\nbody"))
                .hasMessageContaining("strand must be 1–5, intro or outlook");
        assertThatThrownBy(() -> parser.parse("d.md", "---\nid: Bad Id\ntitle: T\nstrand: 1\norder: 1\n---\n"))
                .hasMessageContaining("lower-case words");
        assertThatThrownBy(() -> parser.parse("e.md", "---\nid: e\ntitle: [unclosed\n---\n"))
                .hasMessageContaining("not valid YAML");
    }
}
