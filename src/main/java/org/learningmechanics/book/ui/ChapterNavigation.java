package org.learningmechanics.book.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import org.learningmechanics.book.Chapter;

/** Previous and next chapter, at the end of a chapter. */
class ChapterNavigation extends Nav {

    ChapterNavigation(Optional<Chapter> previous, Optional<Chapter> next) {
        addClassName("chapter-navigation");
        getElement().setAttribute("aria-label", "Previous and next chapter");
        previous.ifPresent(c -> add(link(c, "Previous", "chapter-previous")));
        next.ifPresent(c -> add(link(c, "Next", "chapter-next")));
    }

    private static Anchor link(Chapter chapter, String direction, String cssClass) {
        Anchor anchor = new Anchor("chapters/" + chapter.id());
        anchor.addClassName(cssClass);
        Span label = new Span(direction);
        label.addClassName("chapter-navigation-direction");
        Span title = new Span(chapter.title());
        title.addClassName("chapter-navigation-title");
        anchor.add(label, title);
        return anchor;
    }
}
