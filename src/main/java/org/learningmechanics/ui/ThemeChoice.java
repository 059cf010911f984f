package org.learningmechanics.ui;

/**
 * The reader's light/dark choice, kept in the browser (localStorage) so it survives visits without an account.
 * Lumo reads the {@code theme} attribute of {@code <html>}; without a stored choice the operating system's
 * preference applies.
 */
public final class ThemeChoice {

    private static final String KEY = "learning-mechanics-theme";

    /** Runs in the page's head: applies a stored choice before anything is drawn. */
    public static final String RESTORE_SCRIPT = """
            (function () {
              try {
                var theme = localStorage.getItem('%s');
                if (theme === 'dark' || theme === 'light') {
                  document.documentElement.setAttribute('theme', theme);
                  document.documentElement.style.colorScheme = theme;
                }
              } catch (e) { /* storage may be unavailable: the system preference then applies */ }
            })();""".formatted(KEY);

    /** Switches to the other scheme than the one showing, and remembers it. */
    static final String TOGGLE_SCRIPT = """
            const root = document.documentElement;
            const shown = root.getAttribute('theme')
              || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
            const next = shown === 'dark' ? 'light' : 'dark';
            root.setAttribute('theme', next);
            root.style.colorScheme = next;
            try { localStorage.setItem('%s', next); } catch (e) { /* not remembered, still switched */ }
            return next;""".formatted(KEY);

    private ThemeChoice() {
    }
}
