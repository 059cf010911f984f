package org.learningmechanics.sim.ntk;

/**
 * The infinite-width neural tangent kernel of {@link ReluNetwork} and the spread of its finite-width estimate.
 *
 * <p>For {@code f(x) = N^(−1/2) Σ_i a_i ReLU(w_i·x)} with {@code w_i ~ N(0, I₂)}, {@code a_i ~ N(0, 1)}, the empirical
 * NTK {@code Θ_N(x, x') = Σ_params ∂f(x)/∂θ · ∂f(x')/∂θ} is the mean over neurons of
 * <pre>  g_i(x, x') = ReLU(w_i·x) ReLU(w_i·x')  +  a_i² 1[w_i·x &gt; 0] 1[w_i·x' &gt; 0] (x·x'),</pre>
 * the first term from the output weights {@code a}, the second from the input weights {@code w} (Jacot, Gabriel &amp;
 * Hongler, NeurIPS 2018, arXiv:1806.07572). By the law of large numbers it tends to {@code E g}. For unit
 * inputs at angle θ the arc-cosine kernels of Cho &amp; Saul ("Kernel Methods for Deep Learning", NIPS 2009:
 * {@code k_n = (1/π) J_n(θ)}, {@code k_n = 2 E[Θ(w·x)Θ(w·x')(w·x)ⁿ(w·x')ⁿ]}) give {@code E[ReLU ReLU] = J₁/(2π)} with
 * {@code J₁ = sin θ + (π − θ) cos θ}, and {@code E[1·1] = J₀/(2π) = (π − θ)/(2π)}, so
 * <pre>  Θ∞(θ) = [sin θ + 2(π − θ) cos θ] / (2π).                                  (1)</pre>
 * Θ_N is an average of N independent terms, so {@code Var Θ_N(θ) = Var g(θ)/N}, with
 * <pre>  E g² = J₂/(2π) + 3 cos²θ (π − θ)/(2π) + 2 cos θ J₁/(2π),                   (2)
 *   J₂ = 3 sin θ cos θ + (π − θ)(1 + 2 cos²θ)</pre>
 * (E a⁴ = 3; the cross term needs only E a² = 1): its fluctuations shrink like N^(−1/2).
 */
public final class ArcCosineKernel {

    private ArcCosineKernel() {
    }

    /** Equation (1): the limiting NTK of two unit inputs at angle θ ∈ [0, π]. */
    public static double limit(double theta) {
        return (Math.sin(theta) + 2 * (Math.PI - theta) * Math.cos(theta)) / (2 * Math.PI);
    }

    /** The limiting NTK of two unit vectors. */
    public static double limit(double[] x, double[] y) {
        return limit(angle(x, y));
    }

    /** Variance of one neuron's term g(θ), from (1) and (2): Var Θ_N(θ) is this over N. */
    public static double neuronVariance(double theta) {
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        double rest = Math.PI - theta;
        double j1 = s + rest * c;
        double j2 = 3 * s * c + rest * (1 + 2 * c * c);
        double secondMoment = (j2 + 3 * c * c * rest + 2 * c * j1) / (2 * Math.PI);
        double mean = limit(theta);
        return secondMoment - mean * mean;
    }

    /** The angle between two unit vectors, clamped against rounding. */
    static double angle(double[] x, double[] y) {
        return Math.acos(Math.max(-1, Math.min(1, x[0] * y[0] + x[1] * y[1])));
    }

    /** The matrix Θ∞(x_i, x_j) of a set of unit inputs. */
    static double[][] gram(double[][] inputs) {
        int p = inputs.length;
        double[][] k = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                k[i][j] = limit(inputs[i], inputs[j]);
            }
        }
        return k;
    }
}
