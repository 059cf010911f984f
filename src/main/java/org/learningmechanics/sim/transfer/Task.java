package org.learningmechanics.sim.transfer;

import org.hipparchus.random.RandomGenerator;

/**
 * The regression task every network of a run fits: P inputs {@code x_μ ~ N(0, I_d)} labelled by a fixed random
 * teacher {@code y = Σⱼ tanh(uⱼ · x)} with {@link #TEACHER_UNITS} units {@code uⱼ ~ N(0, I/d)}, the labels scaled to
 * unit mean square so that a network that outputs zero has loss ½.
 */
record Task(double[][] inputs, double[] targets) {

    static final int DIMENSION = 4;
    static final int TEACHER_UNITS = 4;
    static final double TEACHER_GAIN = 2;

    static Task draw(int samples, RandomGenerator random) {
        double[][] teacher = new double[TEACHER_UNITS][DIMENSION];
        for (double[] u : teacher) {
            for (int k = 0; k < DIMENSION; k++) {
                u[k] = TEACHER_GAIN * random.nextGaussian() / Math.sqrt(DIMENSION);
            }
        }
        double[][] x = new double[samples][DIMENSION];
        double[] y = new double[samples];
        double squares = 0;
        for (int mu = 0; mu < samples; mu++) {
            for (int k = 0; k < DIMENSION; k++) {
                x[mu][k] = random.nextGaussian();
            }
            for (double[] u : teacher) {
                double pre = 0;
                for (int k = 0; k < DIMENSION; k++) {
                    pre += u[k] * x[mu][k];
                }
                y[mu] += Math.tanh(pre);
            }
            squares += y[mu] * y[mu];
        }
        double scale = Math.sqrt(samples / squares);
        for (int mu = 0; mu < samples; mu++) {
            y[mu] *= scale;
        }
        return new Task(x, y);
    }

    int size() {
        return targets.length;
    }

    int dimension() {
        return inputs[0].length;
    }
}
