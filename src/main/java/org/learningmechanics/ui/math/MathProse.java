package org.learningmechanics.ui.math;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * Prose rendered from the book's Markdown, whose {@code <lm-math>} elements KaTeX typesets in the browser.
 * The HTML comes from our own renderer, which escapes any raw HTML in chapter sources.
 */
@Tag("div")
@NpmPackage(value = "katex", version = "0.19.1")
@JsModule("./components/lm-math.ts")
@CssImport("katex/dist/katex.min.css")
public class MathProse extends Component {

    public MathProse(String trustedHtml) {
        getElement().setProperty("innerHTML", trustedHtml);
        getElement().getClassList().add("math-prose");
    }
}
