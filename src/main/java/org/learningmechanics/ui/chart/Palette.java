package org.learningmechanics.ui.chart;

/**
 * Okabe–Ito colours (Okabe &amp; Ito, "Color Universal Design", 2008): distinguishable with every common form of colour
 * blindness, and legible on both the light and the dark background.
 */
public final class Palette {

    private static final String[] COLORS = {
        "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"
    };

    private Palette() {
    }

    public static String color(int index) {
        return COLORS[Math.floorMod(index, COLORS.length)];
    }
}
