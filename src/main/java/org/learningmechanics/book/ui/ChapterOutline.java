package org.learningmechanics.book.ui;

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

    ChapterOutline(Chapter chapter) {
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
                };
                // Polled, not driven by scroll events: the scrolling element sits in the layout's shadow root, whose
                // scroll events never reach the document. Reading a few positions four times a second costs nothing.
                const timer = setInterval(() => outline.isConnected ? mark() : clearInterval(timer), 250);
                setTimeout(mark, 0);""");
    }
}
