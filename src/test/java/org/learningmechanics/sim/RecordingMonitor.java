package org.learningmechanics.sim;

import java.util.ArrayList;
import java.util.List;

/** A monitor that keeps every frame a run streams and never cancels: for testing what a simulation streams. */
public final class RecordingMonitor implements RunMonitor {

    private final List<Frame> frames = new ArrayList<>();

    @Override
    public void frame(Frame frame) {
        frames.add(frame);
    }

    @Override
    public void checkpoint() {
    }

    public List<Frame> frames() {
        return frames;
    }

    /** Whether the frames' progress never fell and the last frame reported the run complete. */
    public boolean progressRisesToOne() {
        for (int i = 1; i < frames.size(); i++) {
            if (frames.get(i).progress() < frames.get(i - 1).progress()) {
                return false;
            }
        }
        return !frames.isEmpty() && Math.abs(frames.getLast().progress() - 1) < 1e-9;
    }
}
