package org.learningmechanics.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.learningmechanics.sim.runner.SimulationCatalog;
import org.learningmechanics.sim.runner.Simulations;

/** Every kind of mistake an author can make is reported with its file and line; a good chapter renders fully. */
class BookSourcesTest {

    private static final String BIB = """
            @article{known2020,
              author = {Doe, Jane and Roe, Richard},
              title = {A {Known} Result},
              journal = {Journal of Results},
              year = {2020}
            }
            """;

    private static final String GOOD = """
            ---
            id: good
            title: "Good: a chapter"
            strand: 1
            order: 1
            summary: Fine.
            objectives:
              - Learn something.
            prerequisites: []
            simulations:
              - deep-linear
            ---
            Intro with $x^2$, citing [@known2020].

            ## First part

            $$
            a = b
            $$ {#eq:first}

            As [@eq:first] shows; see [the other](#other) and [its part](#other/second-part) and [here](#first-part).

            ::: key-idea
            An idea.
            :::

            ::: checkpoint id=q1
            A question?

            ---

            An answer.
            :::

            ::: simulation deep-linear preset=deep
            """;

    private static final String OTHER = """
            ---
            id: other
            title: Other
            strand: outlook
            order: 2
            ---
            ## Second part

            Text.
            """;

    private ChapterCatalog book(Map<String, String> files) {
        Map<String, String> sources = new HashMap<>(files);
        sources.putIfAbsent("references.bib", BIB);
        return new ChapterCatalog(sources, new SimulationCatalog(Simulations.ofTheBook()));
    }

    private List<String> problems(String source) {
        return book(Map.of("x.md", source, "other.md", OTHER)).problems().stream().map(ChapterProblem::toString)
                .toList();
    }

    @Test
    void aGoodChapterRendersEveryFeatureWithoutProblems() {
        ChapterCatalog book = book(Map.of("good.md", GOOD, "other.md", OTHER));
        assertThat(book.problems()).isEmpty();
        Chapter chapter = book.find("good").orElseThrow();
        assertThat(chapter.title()).isEqualTo("Good: a chapter");
        assertThat(chapter.objectives()).containsExactly("Learn something.");
        assertThat(chapter.sections()).extracting(Section::id).containsExactly("", "first-part");
        assertThat(chapter.checkpoints())
                .containsExactly(new Checkpoint("q1", "A question?", "An answer.", new AnswerSpec.Open()));
        assertThat(chapter.references()).extracting(Reference::shortCitation).containsExactly("Doe & Roe, 2020");
        assertThat(chapter.segments().get(1)).isEqualTo(new ChapterSegment.Checkpoint(chapter.checkpoints().getFirst(),
                "<p>A question?</p>\n", List.of(), "<p>An answer.</p>\n"));
        assertThat(chapter.segments().get(2))
                .isEqualTo(new ChapterSegment.EmbeddedSimulation("deep-linear", "deep", 35));
        String html = ((ChapterSegment.Prose) chapter.segments().getFirst()).html()
                + ((ChapterSegment.Prose) chapter.segments().getLast()).html();
        assertThat(html)
                .contains("<lm-math tex=\"x^2\"></lm-math>")
                .contains("(<a class=\"citation\" href=\"chapters/good#ref-known2020\">Doe &amp; Roe, 2020</a>)")
                .contains("<div class=\"equation\" id=\"eq-first\">")
                .contains("<span class=\"equation-number\">(1)</span>")
                .contains("<a class=\"eqref\" href=\"chapters/good#eq-first\">(1)</a>")
                .contains("href=\"chapters/other\"").contains("href=\"chapters/other#second-part\"")
                .contains("href=\"chapters/good#first-part\"")
                .contains("<aside class=\"callout callout-key-idea\" aria-label=\"Key idea\">")
                .contains("<h2 id=\"first-part\">First part<a class=\"heading-anchor\" href=\"chapters/good#first-part\"")
                .contains("<li id=\"ref-known2020\">Jane Doe and Richard Roe (2020). <cite>A Known Result</cite>.");
        assertThat(book.next(chapter)).map(Chapter::id).contains("other");
        assertThat(book.previous(book.find("other").orElseThrow())).map(Chapter::id).contains("good");
    }

    @Test
    void brokenFrontMatterIsReportedAtItsLineAndTheChapterStillExists() {
        assertThat(problems("No front matter")).contains("x.md:1: a chapter must start with its front matter between '---' lines");
        assertThat(problems("---\nid: x\ntitle: [unclosed\n---\n"))
                .anySatisfy(p -> assertThat(p).startsWith("x.md:").contains("not valid YAML"));
        assertThat(problems("---\ntitle: T\nstrand: 1\norder: 1\n---\nbody"))
                .contains("x.md:2: the front matter needs 'id'");
        assertThat(problems("---\nid: x\ntitle: T\nstrand: 9\norder: 1\n---\n"))
                .contains("x.md:4: strand must be 1–5, intro or outlook, not '9'");
        assertThat(problems("---\nid: Bad Id\ntitle: T\nstrand: 1\norder: 1\n---\n"))
                .contains("x.md:2: id 'Bad Id' must be lower-case words joined by '-'");
        assertThat(problems("---\nid: x\ntitle: T\nstrand: 1\norder: one\n---\n"))
                .contains("x.md:5: order must be a whole number");
        assertThat(problems("---\nid: x\ntitle: T\nstrand: 1\norder: 1\nauthor: me\n---\n"))
                .anySatisfy(p -> assertThat(p).startsWith("x.md:6: unknown front-matter key 'author'"));
        assertThat(book(Map.of("x.md", "no front matter")).find("x")).as("still shown, with its problems").isPresent();
    }

    private static String chapter(String body) {
        return "---\nid: x\ntitle: T\nstrand: 1\norder: 1\n---\n" + body;
    }

    @Test
    void unknownSimulationsAndPresetsAreReportedAtTheirLine() {
        assertThat(problems(chapter("Text.\n\n::: simulation no-such\n")))
                .contains("x.md:9: unknown simulation 'no-such'");
        assertThat(problems(chapter("::: simulation deep-linear preset=nope\n")))
                .contains("x.md:7: simulation 'deep-linear' has no preset 'nope'");
        assertThat(problems(chapter("::: key-idea\n::: simulation deep-linear\n:::\n")))
                .anySatisfy(p -> assertThat(p).contains("a simulation must stand on its own"));
    }

    @Test
    void unknownCitationsEquationsAndCrossReferencesAreReported() {
        assertThat(problems(chapter("Para\n\nCites [@nobody2000].\n")))
                .contains("x.md:9: unknown citation key 'nobody2000' (not in chapters/references.bib)");
        assertThat(problems(chapter("See [@eq:missing].\n")))
                .contains("x.md:7: no equation is labelled {#eq:missing} in this chapter");
        assertThat(problems(chapter("See [there](#nowhere).\n")))
                .contains("x.md:7: the cross-reference '#nowhere' points to no chapter or section");
        assertThat(problems(chapter("See [there](#other/no-section).\n")))
                .contains("x.md:7: the cross-reference '#other/no-section' points to no chapter or section");
        assertThat(problems(chapter("$$ a $$ {#eq:a}\n\n$$ b $$ {#eq:a}\n")))
                .contains("x.md:9: two equations are labelled {#eq:a}");
    }

    @Test
    void malformedBlocksAndListsAreReported() {
        assertThat(problems(chapter("::: warning\nText\n:::\n")))
                .anySatisfy(p -> assertThat(p).startsWith("x.md:7: unknown block '::: warning'"));
        assertThat(problems("---\nid: x\ntitle: T\nstrand: 1\norder: 1\nprerequisites:\n  - nothing\n---\n"))
                .contains("x.md:2: prerequisite 'nothing' is not a chapter id");
        assertThat(problems("---\nid: x\ntitle: T\nstrand: 1\norder: 1\nsimulations:\n  - deep-linear\n---\nNo sim.\n"))
                .contains("x.md:2: the front matter lists simulations [deep-linear] but the text embeds []");
    }

    @Test
    void twoChaptersWithOneIdAreReported() {
        var book = book(Map.of("a.md", chapter("A"), "b.md", chapter("B")));
        assertThat(book.problems()).extracting(ChapterProblem::toString)
                .contains("b.md:2: the id 'x' is already used by a.md");
    }

    @Test
    void aBrokenBibliographyIsReported() {
        var book = book(Map.of("x.md", chapter("Text"), "references.bib", "@article{broken, title = {unclosed"));
        assertThat(book.problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo("references.bib"));
    }
}
