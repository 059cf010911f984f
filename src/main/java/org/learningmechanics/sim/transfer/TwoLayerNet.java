package org.learningmechanics.sim.transfer;

import java.util.Arrays;

import org.hipparchus.random.RandomGenerator;

/**
 * A one-hidden-layer network {@code f(x) = c · Σᵢ aᵢ φ(wᵢ · x)} trained by full-batch gradient descent on
 * {@code L = (1/2P) Σ_μ (f(x_μ) − y_μ)²}, in one of two parametrisations (Yang &amp; Hu 2021, arXiv:2011.14522;
 * Yang et al. 2022, arXiv:2203.03466, restricted to one hidden layer):
 * <ul>
 *   <li>standard (SP): {@code c = 1}, {@code aᵢ ~ N(0, 1/N)}, every parameter trained with rate η;</li>
 *   <li>μP (for one hidden layer the mean-field parametrisation): {@code c = 1/N}, {@code aᵢ ~ N(0, 1)}, every
 *       parameter trained with rate η·N, because each parameter's gradient carries the factor 1/N.</li>
 * </ul>
 * In both, {@code wᵢ ~ N(0, I/d)}. The gradients are exact:
 * {@code ∂L/∂aᵢ = c Σ_μ r_μ φ(zᵢ_μ)} and {@code ∂L/∂wᵢ = c aᵢ Σ_μ r_μ φ'(zᵢ_μ) x_μ} with residuals
 * {@code r_μ = (f(x_μ) − y_μ)/P}.
 */
final class TwoLayerNet {

    private final Parametrization parametrization;
    private final Activation activation;
    private final Task task;
    private final int width;
    private final double[] a;
    private final double[][] w;
    /** Hidden activations φ(zᵢ_μ) and residuals of the last {@link #loss()} call, reused by {@link #step}. */
    private final double[][] h;
    private final double[] residual;

    private TwoLayerNet(Parametrization parametrization, Activation activation, Task task, double[] a, double[][] w) {
        this.parametrization = parametrization;
        this.activation = activation;
        this.task = task;
        this.width = a.length;
        this.a = a;
        this.w = w;
        this.h = new double[task.size()][width];
        this.residual = new double[task.size()];
    }

    /** A fresh network of the given width; the generator's draws fix it. */
    static TwoLayerNet initialise(Parametrization parametrization, Activation activation, Task task, int width,
                                  RandomGenerator random) {
        int d = task.dimension();
        double readoutScale = parametrization.readoutStd(width);
        double inputScale = 1 / Math.sqrt(d);
        double[] a = new double[width];
        double[][] w = new double[width][d];
        for (int i = 0; i < width; i++) {
            a[i] = readoutScale * random.nextGaussian();
            for (int k = 0; k < d; k++) {
                w[i][k] = inputScale * random.nextGaussian();
            }
        }
        return new TwoLayerNet(parametrization, activation, task, a, w);
    }

    /** An independent copy with the same weights, to train at another learning rate from the same start. */
    TwoLayerNet copy() {
        double[][] weights = new double[width][];
        for (int i = 0; i < width; i++) {
            weights[i] = w[i].clone();
        }
        return new TwoLayerNet(parametrization, activation, task, a.clone(), weights);
    }

    int width() {
        return width;
    }

    /** The output multiplier c: 1 in SP, 1/N in μP. */
    double outputScale() {
        return parametrization.outputScale(width);
    }

    /** The factor by which every parameter's rate exceeds η: 1 in SP, N in μP. */
    double rateScale() {
        return parametrization.rateScale(width);
    }

    double[] readout() {
        return a;
    }

    double[][] inputWeights() {
        return w;
    }

    Activation activation() {
        return activation;
    }

    /** The training loss; also leaves the activations and residuals of the current weights in place. */
    double loss() {
        double[][] x = task.inputs();
        double[] y = task.targets();
        int samples = task.size();
        double c = outputScale();
        double sum = 0;
        for (int mu = 0; mu < samples; mu++) {
            double[] xm = x[mu];
            double[] hm = h[mu];
            double f = 0;
            for (int i = 0; i < width; i++) {
                double[] wi = w[i];
                double pre = 0;
                for (int k = 0; k < xm.length; k++) {
                    pre += wi[k] * xm[k];
                }
                double act = activation.value(pre);
                hm[i] = act;
                f += a[i] * act;
            }
            double miss = c * f - y[mu];
            residual[mu] = miss / samples;
            sum += miss * miss;
        }
        return sum / (2 * samples);
    }

    /**
     * One gradient-descent step with base rate η (each parameter moves by η·{@link #rateScale()} times its
     * gradient), using the activations and residuals of the last {@link #loss()} call.
     */
    void step(double eta) {
        double[][] x = task.inputs();
        int samples = task.size();
        int d = task.dimension();
        double c = outputScale();
        double rate = eta * rateScale();
        double[] inputGradient = new double[d];
        for (int i = 0; i < width; i++) {
            double readoutGradient = 0;
            Arrays.fill(inputGradient, 0);
            for (int mu = 0; mu < samples; mu++) {
                double act = h[mu][i];
                double r = residual[mu];
                readoutGradient += r * act;
                double back = r * activation.slopeAt(act);
                if (back != 0) {
                    double[] xm = x[mu];
                    for (int k = 0; k < d; k++) {
                        inputGradient[k] += back * xm[k];
                    }
                }
            }
            double scaleIn = rate * c * a[i];
            double[] wi = w[i];
            for (int k = 0; k < d; k++) {
                wi[k] -= scaleIn * inputGradient[k];
            }
            a[i] -= rate * c * readoutGradient;
        }
    }
}
