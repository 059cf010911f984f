package org.learningmechanics.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/**
 * Keeps element ids unique on a page. Components name their parts after what they show ({@code run-deep-linear},
 * {@code param-depth}), so a chapter that embeds the same simulation twice would repeat them; ids must be unique for
 * labels, skip links and assistive technology. The first occurrence keeps its id, later ones get {@code -2},
 * {@code -3}, … in document order.
 */
public final class UniqueIds {

    private UniqueIds() {
    }

    public static void apply(Component root) {
        visit(root.getElement(), new HashMap<>());
    }

    private static void visit(Element element, Map<String, Integer> seen) {
        String id = element.getAttribute("id");
        if (id != null && !id.isEmpty()) {
            int count = seen.merge(id, 1, Integer::sum);
            if (count > 1) {
                element.setAttribute("id", id + "-" + count);
            }
        }
        element.getChildren().forEach(child -> visit(child, seen));
    }
}
