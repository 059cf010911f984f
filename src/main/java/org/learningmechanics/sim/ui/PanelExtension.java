package org.learningmechanics.sim.ui;

/**
 * Something another feature adds to every live simulation panel (saving and sharing the run, say) without this
 * package knowing it: Spring beans implementing this are handed each panel as it is built.
 */
public interface PanelExtension {

    void extend(SimulationPanel panel);
}
