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
 * reader scrolls, by an IntersectionObserver in the browser.
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
                const links = new Map([...outline.querySelectorAll('a[data-section]')].map(a => [a.dataset.section, a]));
                const observer = new IntersectionObserver(entries => {
                  for (const entry of entries) {
                    if (entry.isIntersecting) {
                      links.forEach(a => a.removeAttribute('aria-current'));
                      links.get(entry.target.id)?.setAttribute('aria-current', 'location');
                    }
                  }
                }, {rootMargin: '0px 0px -70% 0px'});
                setTimeout(() => links.forEach((a, id) => {
                  const heading = document.getElementById(id);
                  if (heading) { observer.observe(heading); }
                }), 0);""");
    }
}
