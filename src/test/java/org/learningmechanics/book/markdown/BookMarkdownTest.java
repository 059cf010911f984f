package org.learningmechanics.book.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

class BookMarkdownTest {

    private final BookMarkdown markdown = new BookMarkdown();
    private final List<String> problems = new ArrayList<>();

    /** A chapter with no labels, citations or other chapters around it. */
    private final RenderContext alone = new RenderContext() {
        @Override
        public String headingId(Heading heading) {
            return "h";
        }

        @Override
        public String hrefInChapter(String fragment) {
            return "chapters/t#" + fragment;
        }

        @Override
        public Optional<String> crossReference(String target) {
            return Optional.empty();
        }

        @Override
        public Optional<Integer> equationNumber(String label) {
            return Optional.empty();
        }

        @Override
        public Optional<String> cite(String key) {
            return Optional.empty();
        }

        @Override
        public void problem(Node at, String message) {
            problems.add(message);
        }
    };

    private String html(String source) {
        return markdown.render(markdown.parse(source), alone);
    }

    @Test
    void inlineMathKeepsItsTexVerbatim() {
        assertThat(html("Mode $u_k^\\top P v_k$ and $a*b*c$."))
                .contains("<lm-math tex=\"u_k^\\top P v_k\"></lm-math>")
                .contains("<lm-math tex=\"a*b*c\"></lm-math>");
    }

    @Test
    void dollarsInOrdinaryProseStayText() {
        assertThat(html("It costs $5 and $6 today.")).doesNotContain("lm-math").contains("$5 and $6");
        assertThat(html("A lone $ sign.")).doesNotContain("lm-math");
    }

    @Test
    void displayMathSpanningLinesBecomesOneDisplayElement() {
        String out = html("Before\n\n$$\nL = \\tfrac12 \\lVert T - P \\rVert_F^2 .\n$$\n\nAfter");
        assertThat(out).contains("<lm-math tex=\"L = \\tfrac12 \\lVert T - P \\rVert_F^2 .\" display=\"\"></lm-math>")
                .contains("<p>Before</p>").contains("<p>After</p>");
    }

    @Test
    void anHtmlBlockIsShownAsTextNotRun() {
        assertThat(html("<script>alert(1)</script>")).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void aLabelledEquationKeepsItsLabel() {
        Node document = markdown.parse("$$\na\n$$ {#eq:one}\n\n$$ b $$ {#eq:two}");
        assertThat(((MathBlock) document.getFirstChild()).label()).isEqualTo("eq:one");
        assertThat(((MathBlock) document.getFirstChild()).tex()).isEqualTo("a");
        assertThat(((MathBlock) document.getLastChild()).label()).isEqualTo("eq:two");
        assertThat(((MathBlock) document.getLastChild()).tex()).isEqualTo("b");
    }

    @Test
    void citationsInsideCodeStayCode() {
        assertThat(html("Code `[@key]` here.")).contains("<code>[@key]</code>");
        assertThat(problems).isEmpty();
        html("Text [@key] here.");
        assertThat(problems).containsExactly("unknown citation key 'key' (not in chapters/references.bib)");
    }

    @Test
    void displayMathOnOneLine() {
        assertThat(html("$$ E = mc^2 $$")).contains("tex=\"E = mc^2\"").contains("display");
    }

    @Test
    void htmlInTheSourceIsEscapedNotInjected() {
        assertThat(html("Text <script>alert(1)</script> and $x<y$")).doesNotContain("<script>")
                .contains("tex=\"x&lt;y\"");
    }

    @Test
    void simulationDirectiveIsABlockWithItsOptions() {
        Node document = markdown.parse("Text\n\n::: simulation deep-linear preset=slow-init\n\nMore");
        Node directive = document.getFirstChild().getNext();
        assertThat(directive).isInstanceOf(SimulationDirective.class);
        assertThat(((SimulationDirective) directive).simulationId()).isEqualTo("deep-linear");
        assertThat(((SimulationDirective) directive).options()).containsEntry("preset", "slow-init");
    }
}
