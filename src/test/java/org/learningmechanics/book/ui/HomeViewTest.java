package org.learningmechanics.book.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class HomeViewTest extends SpringBrowserlessTest {

    @Test
    void theHomePageShowsTheFiveStrandsWithTheirChaptersAndAWayToStart() {
        navigate(HomeView.class);
        assertThat($(H2.class).all()).extracting(H2::getText).contains(
                "Strand 1 · Solvable settings", "Strand 2 · Tractable limits", "Strand 3 · Simple laws",
                "Strand 4 · Hyperparameter theories", "Strand 5 · Universal behaviours");
        assertThat($(Anchor.class).withClassName("start-reading").single().getHref())
                .isEqualTo("chapters/what-is-learning-mechanics");
        assertThat($(Anchor.class).all()).extracting(Anchor::getText)
                .contains("Solvable settings: deep linear networks and kernel regression");
    }
}
