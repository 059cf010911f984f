package org.learningmechanics.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A reader clicked a point: for a line chart {@code series} is the series' key, for a heatmap the row's index;
 * {@code index} is the point's index in that series or row.
 */
@DomEvent("lm-point-click")
public class PointClickEvent extends ComponentEvent<ChartElement> {

    private final String series;
    private final int index;

    public PointClickEvent(ChartElement source, boolean fromClient,
                           @EventData("event.detail.series") String series,
                           @EventData("event.detail.index") int index) {
        super(source, fromClient);
        this.series = series;
        this.index = index;
    }

    public String series() {
        return series;
    }

    public int index() {
        return index;
    }
}
