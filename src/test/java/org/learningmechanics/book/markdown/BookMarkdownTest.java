package org.learningmechanics.book.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

class BookMarkdownTest {

    private final BookMarkdown markdown = new BookMarkdown();

    private String html(String source) {
        return markdown.render(markdown.parse(source));
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
