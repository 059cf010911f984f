package org.learningmechanics;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.TargetElement;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.learningmechanics.ui.ThemeChoice;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Learning Mechanics: an interactive textbook on the science of how deep networks train. */
@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Learning Mechanics");
        settings.addMetaTag("description",
                "An interactive textbook on learning mechanics, the emerging physics of how deep networks train.");
        // Apply the reader's remembered light/dark choice before the first paint, so the page never flashes.
        settings.addInlineWithContents(TargetElement.HEAD, Inline.Position.APPEND, ThemeChoice.RESTORE_SCRIPT,
                Inline.Wrapping.JAVASCRIPT);
    }
}
