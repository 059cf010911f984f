package org.learningmechanics.security;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.dom.Element;

/**
 * Everything a UI would send to the browser that can carry private text: every text node, attribute and property
 * in the element tree (dialogs included: they hang off the UI), the page title, and every item of every grid
 * (rows live in the grid's data provider, not in its elements, and the browser would fetch them as it scrolls).
 */
final class RenderedText {

    private RenderedText() {
    }

    static String of(UI ui) {
        StringBuilder out = new StringBuilder(ui.getInternals().getTitle() == null ? ""
                : ui.getInternals().getTitle()).append('\n');
        element(ui.getElement(), out);
        component(ui, out);
        // The view and its layouts hang under the UI's wrapper (a virtual child), not among its element children.
        List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
        if (!chain.isEmpty() && chain.getLast() instanceof Component outermost) {
            element(outermost.getElement(), out);
            component(outermost, out);
        }
        return out.toString();
    }

    private static void element(Element element, StringBuilder out) {
        if (element.isTextNode()) {
            out.append(element.getText()).append('\n');
            return;
        }
        element.getAttributeNames().forEach(name -> out.append(element.getAttribute(name)).append('\n'));
        element.getPropertyNames().forEach(name -> out.append(element.getPropertyRaw(name)).append('\n'));
        element.getChildren().forEach(child -> element(child, out));
    }

    private static void component(Component component, StringBuilder out) {
        if (component instanceof Grid<?> grid) {
            out.append(items(grid)).append('\n');
        }
        component.getChildren().forEach(child -> component(child, out));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String items(Grid<?> grid) {
        return (String) grid.getDataProvider().fetch(new Query()).map(String::valueOf)
                .collect(Collectors.joining("\n"));
    }
}
