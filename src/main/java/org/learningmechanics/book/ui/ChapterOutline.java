package org.learningmechanics.book.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.learningmechanics.book.Chapter;
import org.learningmechanics.book.Section;

/**
 * "On this page": the chapter's sections as deep links, with the section being read marked (aria-current) as the
 * reader scrolls.
 */
class ChapterOutline extends Nav {

    /**
     * @param reached told the id of each section the reader scrolls to, once per section and page view; the last
     *                section also counts as reached when the reader gets to the bottom of the page
     */
    ChapterOutline(Chapter chapter, Consumer<String> reached) {
        addClassName("chapter-outline");
        getElement().setAttribute("aria-label", "On this page");
        Paragraph heading = new Paragraph("On this page");
        heading.addClassName("chapter-outline-title");
        add(heading);
        UnorderedList list = new UnorderedList();
        for (Section section : chapter.sections()) {
            if (!section.id().isEmpty()) {
                list.add(item(chapter, section.id(), section.title(), section.level()));
            }
        }
        if (!chapter.references().isEmpty()) {
            list.add(item(chapter, "references", "References", 2));
        }
        add(list);
        getElement().addEventListener("lm-section-reached",
                        event -> reached.accept(event.getEventData().path("event.detail").asString("")))
                .addEventData("event.detail");
    }

    private static ListItem item(Chapter chapter, String id, String title, int level) {
        Anchor link = new Anchor("chapters/" + chapter.id() + "#" + id, title);
        link.getElement().setAttribute("data-section", id);
        ListItem item = new ListItem(link);
        item.addClassName("outline-level-" + level);
        return item;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        getElement().executeJs("""
                const outline = this;
                const links = [...outline.querySelectorAll('a[data-section]')];
                const reported = new Set();
                const mark = () => {
                  // The section being read: the last heading above the upper third of the window.
                  let current = null;
                  for (const link of links) {
                    const heading = document.getElementById(link.dataset.section);
                    if (heading && heading.getBoundingClientRect().top < window.innerHeight / 3) {
                      current = link;
                    }
                  }
                  links.forEach(a => a === current ? a.setAttribute('aria-current', 'location')
                                                   : a.removeAttribute('aria-current'));
                  // At the very bottom the last headings may never climb to the upper third: count them reached.
                  const article = document.getElementById('content');
                  const atEnd = article && article.getBoundingClientRect().bottom <= window.innerHeight + 2;
                  const report = atEnd ? links.filter(a => a.dataset.section !== 'references').at(-1) : current;
                  for (const link of [current, report]) {
                    if (link && !reported.has(link.dataset.section)) {
                      reported.add(link.dataset.section);
                      outline.dispatchEvent(new CustomEvent('lm-section-reached', { detail: link.dataset.section }));
                    }
                  }
                };
                // Polled, not driven by scroll events: the scrolling element sits in the layout's shadow root, whose
                // scroll events never reach the document. Reading a few positions four times a second costs nothing.
                const timer = setInterval(() => outline.isConnected ? mark() : clearInterval(timer), 250);
                setTimeout(mark, 0);""");
    }
}
