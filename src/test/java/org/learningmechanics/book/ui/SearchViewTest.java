package org.learningmechanics.book.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.InputTester;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SearchViewTest extends SpringBrowserlessTest {

    @Test
    void aSearchInTheAddressShowsTheMatchingSectionsLinkedToTheirPlaceInTheChapter() {
        search("logistic");

        assertThat(field().getValue()).isEqualTo("logistic");
        assertThat($(NativeLabel.class).withText("Search the book").single().getFor()).contains("search-field");
        assertThat(status()).isEqualTo("2 sections match “logistic”.");
        var links = $(Anchor.class).withClassName("search-result-link").all();
        assertThat(links).extracting(Anchor::getHref).containsExactly(
                "chapters/deep-linear-networks#decoupling-into-modes", "chapters/deep-linear-networks#depth");
        assertThat(links).extracting(Anchor::getText).containsExactly("Decoupling into modes", "Depth");
        assertThat($(HighlightedSnippet.class).first().getElement().getProperty("innerHTML"))
                .contains("<mark>logistic</mark>");
        assertThat($(Section.class).withClassName("search-results").single().getElement().getAttribute("aria-live"))
                .isEqualTo("polite");
    }

    @Test
    void typingASearchShowsItsResults() {
        navigate(SearchView.class);
        assertThat(status()).startsWith("Type a word or two to search every chapter.");

        test(field()).setValue("whitened");

        assertThat(status()).matches("\\d+ sections match “whitened”\\.");
        assertThat($(Anchor.class).withClassName("search-result-link").first().getHref())
                .isEqualTo("chapters/deep-linear-networks#the-setting");
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .as("the address is replaced, so the search can be bookmarked")
                .anySatisfy(js -> {
                    assertThat(js.getInvocation().getExpression()).contains("replace");
                    assertThat(js.getInvocation().getParameters()).contains("search?q=whitened");
                });
    }

    @Test
    void enterSearchesAtOnceForWhatTheFieldHoldsThen() {
        navigate(SearchView.class);

        new InputTester(field()) {
            void pressEnterWith(String typed) {
                fireDomEvent("keydown", JacksonUtils.createObjectNode()
                        .put("event.key === 'Enter'", true)
                        .put("element.value", typed));
            }
        }.pressEnterWith("saddle");

        assertThat(status()).matches("\\d+ sections? match(es)? “saddle”\\.");
    }

    @Test
    void theOpeningOfAChapterLinksToTheChapterItself() {
        search("\"two-body problem\"");

        Anchor link = $(Anchor.class).withClassName("search-result-link").first();
        assertThat(link.getHref()).isEqualTo("chapters/deep-linear-networks");
        assertThat(link.getText()).isEqualTo("Beginning of the chapter");
    }

    @Test
    void aSearchThatFindsNothingSaysSoPlainly() {
        search("quasicrystal");

        assertThat(status()).isEqualTo("No section mentions “quasicrystal”; try fewer or different words.");
        assertThat($(Anchor.class).withClassName("search-result-link").all()).isEmpty();
    }

    @Test
    void markupTypedIntoTheSearchIsShownAsText() {
        navigate(SearchView.class);

        test(field()).setValue("<script>alert(1)</script>");

        assertThat(status()).isEqualTo("No section mentions “<script>alert(1)</script>”; try fewer or different words.");
        assertThat($(HighlightedSnippet.class).all()).isEmpty();
    }

    /** Arrives at {@code search?q=…}, as a shared link or the search box in the layout would. */
    private void search(String query) {
        UI.getCurrent().navigate(SearchView.class, QueryParameters.of("q", query));
        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
    }

    private Input field() {
        return $(Input.class).withId("search-field").single();
    }

    private String status() {
        return $(Paragraph.class).withClassName("search-status").single().getText();
    }
}
