package org.learningmechanics.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.learningmechanics.sim.runner.SimulationCatalog;
import org.learningmechanics.sim.runner.Simulations;

/** Checkpoints in the chapter source: each kind of answer, each mistake at its line, and their rendered parts. */
class CheckpointParsingTest {

    private static final String BIB = "@article{known2020, author = {Doe, Jane}, title = {T}, journal = {J}, year = {2020}}";

    /** The body starts on line 7. */
    private static String chapter(String body) {
        return "---\nid: x\ntitle: T\nstrand: 1\norder: 1\n---\n" + body;
    }

    private static ChapterCatalog book(String body) {
        return new ChapterCatalog(Map.of("x.md", chapter(body), "references.bib", BIB),
                new SimulationCatalog(Simulations.ofTheBook()));
    }

    private static List<String> problems(String body) {
        return book(body).problems().stream().map(ChapterProblem::toString).toList();
    }

    private static ChapterSegment.Checkpoint segment(String body) {
        ChapterCatalog book = book(body);
        assertThat(book.problems()).isEmpty();
        return book.find("x").orElseThrow().segments().stream()
                .filter(ChapterSegment.Checkpoint.class::isInstance).map(ChapterSegment.Checkpoint.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void aListOfMarkedItemsMakesAMultipleChoiceQuestion() {
        var segment = segment("""
                Text.

                ::: checkpoint id=later
                How much later, by [@known2020]?

                - [ ] Twice as late
                - [x] About $0.77$ later
                - [ ] No later

                ---

                About $0.77$: see [the top](#x).
                :::
                """);
        Checkpoint checkpoint = segment.checkpoint();
        assertThat(checkpoint.id()).isEqualTo("later");
        assertThat(checkpoint.spec()).isEqualTo(new AnswerSpec.Choice(
                List.of("Twice as late", "About 0.77 later", "No later"), 1));
        assertThat(checkpoint.question()).isEqualTo("How much later, by [known2020]?");
        assertThat(checkpoint.answer()).isEqualTo("About 0.77: see \"the top\" (#x).");
        assertThat(segment.questionHtml())
                .contains("<a class=\"citation\" href=\"chapters/x#ref-known2020\">Doe, 2020</a>")
                .doesNotContain("Twice").doesNotContain("<li>");
        assertThat(segment.optionsHtml()).containsExactly("Twice as late",
                "About <lm-math tex=\"0.77\"></lm-math> later", "No later");
        assertThat(segment.answerHtml()).contains("<lm-math tex=\"0.77\"></lm-math>").contains("href=\"chapters/x\"");
    }

    @Test
    void optionsOnTheOpeningLineMakeANumericQuestion() {
        var absolute = segment("::: checkpoint id=n answer=0.77 tolerance=0.05 unit=\"time units\"\nQ?\n\n---\n\nA.\n:::\n");
        assertThat(absolute.checkpoint().spec()).isEqualTo(new AnswerSpec.Numeric(0.77, 0.05, false, "time units"));
        assertThat(absolute.optionsHtml()).isEmpty();
        var relative = segment("::: checkpoint id=n answer=-3e2 relative=0.1\nQ?\n\n---\n\nA.\n:::\n");
        assertThat(relative.checkpoint().spec()).isEqualTo(new AnswerSpec.Numeric(-300, 0.1, true, ""));
    }

    @Test
    void neitherMakesAnOpenQuestion() {
        var segment = segment("::: checkpoint id=o\nWhy?\n\n- a list\n- of points\n\n---\n\nBecause.\n:::\n");
        assertThat(segment.checkpoint().spec()).isEqualTo(new AnswerSpec.Open());
        assertThat(segment.questionHtml()).contains("<li>a list</li>");
        assertThat(segment.answerHtml()).isEqualTo("<p>Because.</p>\n");
    }

    @Test
    void theCheckpointStandsBetweenTheProseAroundIt() {
        ChapterCatalog book = book("Before.\n\n::: checkpoint id=o\nWhy?\n\n---\n\nBecause.\n:::\n\nAfter.\n");
        List<ChapterSegment> segments = book.find("x").orElseThrow().segments();
        assertThat(segments).hasSize(3);
        assertThat(((ChapterSegment.Prose) segments.get(0)).html()).contains("Before.").doesNotContain("Why?");
        assertThat(((ChapterSegment.Prose) segments.get(2)).html()).contains("After.").doesNotContain("Because.");
    }

    @Test
    void searchDoesNotGiveAwayTheRightOption() {
        Chapter chapter = book("::: checkpoint id=c\nQ?\n\n- [x] Yes\n- [ ] No\n\n---\n\nA.\n:::\n").find("x").orElseThrow();
        assertThat(chapter.sections().getFirst().text()).contains("Yes").doesNotContain("[x]").doesNotContain("[ ]");
    }

    @Test
    void aChoiceNeedsExactlyOneRightOptionAmongAtLeastTwo() {
        assertThat(problems("Para.\n\n::: checkpoint id=c\nQ?\n\n- [ ] a\n- [ ] b\n\n---\n\nA.\n:::\n"))
                .containsExactly("x.md:12: a multiple-choice checkpoint needs exactly one right option '[x]', not 0");
        assertThat(problems("::: checkpoint id=c\nQ?\n\n- [x] a\n- [X] b\n\n---\n\nA.\n:::\n"))
                .containsExactly("x.md:10: a multiple-choice checkpoint needs exactly one right option '[x]', not 2");
        assertThat(problems("::: checkpoint id=c\nQ?\n\n- [x] a\n\n---\n\nA.\n:::\n"))
                .containsExactly("x.md:10: a multiple-choice checkpoint needs at least two options");
        assertThat(problems("::: checkpoint id=c\nQ?\n\n- [x] a\n- b\n- [ ] a\n\n---\n\nA.\n:::\n"))
                .containsExactly("x.md:11: every option starts with '[ ]' (wrong) or '[x]' (right)",
                        "x.md:12: two options read 'a'");
        assertThat(problems("::: checkpoint id=c\nQ?\n\n- a\n- [x] b\n- [ ] c\n\n---\n\nA.\n:::\n"))
                .containsExactly("x.md:10: every option starts with '[ ]' (wrong) or '[x]' (right)");
        assertThat(problems("::: checkpoint id=c\nQ?\n\n- [x] a\n- [ ] b\n\nOr:\n\n- [ ] c\n- [x] d\n\n---\n\nA.\n:::\n"))
                .containsExactly("x.md:15: a checkpoint has one list of options; this is a second");
    }

    @Test
    void aNumericAnswerNeedsANumberAndOneNonNegativeTolerance() {
        String rest = "\nQ?\n\n---\n\nA.\n:::\n";
        assertThat(problems("Para.\n\n::: checkpoint id=n answer=abc tolerance=0.1" + rest))
                .containsExactly("x.md:9: answer=abc is not a number");
        assertThat(problems("::: checkpoint id=n answer=NaN tolerance=0.1" + rest))
                .containsExactly("x.md:7: answer=NaN is not a number");
        assertThat(problems("::: checkpoint id=n answer=1" + rest)).containsExactly(
                "x.md:7: a numeric checkpoint needs either tolerance=… (absolute) or relative=… (a fraction of the answer)");
        assertThat(problems("::: checkpoint id=n answer=1 tolerance=0.1 relative=0.1" + rest)).containsExactly(
                "x.md:7: a numeric checkpoint needs either tolerance=… (absolute) or relative=… (a fraction of the answer)");
        assertThat(problems("::: checkpoint id=n answer=1 tolerance=-0.1" + rest))
                .containsExactly("x.md:7: a tolerance cannot be negative: -0.1");
        assertThat(problems("::: checkpoint id=n answer=1 tolerance=wide" + rest))
                .containsExactly("x.md:7: tolerance=wide is not a number");
        assertThat(problems("::: checkpoint id=n tolerance=0.1" + rest))
                .containsExactly("x.md:7: 'tolerance=' only applies to a numeric checkpoint, with answer=…");
        assertThat(problems("::: checkpoint id=n answer=1 tolerence=0.1 tolerance=0.1" + rest))
                .containsExactly("x.md:7: unknown checkpoint option 'tolerence' (use id, answer, tolerance or relative, unit)");
        assertThat(problems("::: checkpoint id=n answer=1 tolerance=0.1\nQ?\n\n- [x] a\n- [ ] b\n\n---\n\nA.\n:::\n"))
                .containsExactly("x.md:7: a checkpoint is either multiple choice ([x] in a list) or numeric (answer=), not both");
    }

    @Test
    void aCheckpointNeedsAnIdAnAnswerAndAPlaceOfItsOwn() {
        assertThat(problems("::: checkpoint\nQuestion only\n:::\n")).containsExactly(
                "x.md:7: a checkpoint needs an id: '::: checkpoint id=some-name'",
                "x.md:7: a checkpoint needs its question, a line '---' (after a blank line), then its answer");
        assertThat(problems("::: checkpoint id=a\nQ\n\n---\n\nA\n:::\n\n::: checkpoint id=a\nQ\n\n---\n\nA\n:::\n"))
                .containsExactly("x.md:15: two checkpoints have the id 'a'");
        assertThat(problems("> ::: checkpoint id=q\n> Q\n>\n> ---\n>\n> A\n> :::\n"))
                .containsExactly("x.md:7: a checkpoint must stand on its own, not inside a list or quote");
    }
}
