package org.learningmechanics.book.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetHtmlTest {

    @Test
    void everythingFromTheTextIsEscapedAndOnlyTheMarkersBecomeMarkup() {
        String passage = "<script>x</script> & \"q\" 'a' " + SnippetHtml.START + "word" + SnippetHtml.STOP + " <mark>";

        assertThat(SnippetHtml.toHtml(passage)).isEqualTo(
                "&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39; <mark>word</mark> &lt;mark&gt;");
    }

    @Test
    void indexedTextHasNoMarkersNoNulAndNoLineBreaks() {
        String text = " a" + SnippetHtml.START + "b" + SnippetHtml.STOP + "\0c\n\nd\te ";

        assertThat(SnippetHtml.indexable(text)).isEqualTo("abc d e");
    }
}
