package org.learningmechanics.sim.scaling;

import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.analysis.solvers.UnivariateSolver;

/**
 * Loss of linear regression on features with a power-law spectrum, from the eigenframework (Bordelon, Canatar &amp;
 * Pehlevan 2020; Simon et al. 2023) in the setting of Maloney, Roberts &amp; Sully, "A Solvable Model of Neural
 * Scaling Laws", arXiv:2210.16859 (2022), and Bahri, Dyer, Kaplan, Lee &amp; Sharma, "Explaining Neural Scaling
 * Laws", arXiv:2102.06701 (2021).
 *
 * <p>M features with variances {@code λ_k = k^{−(1+α)}}, teacher weights all 1, so the target's coefficient on the
 * k-th whitened feature is {@code v_k = √λ_k}. With n samples (ridgeless) or n random projections (infinite data),
 * the effective regulariser κ solves
 * <pre>  Σ_k λ_k/(λ_k + κ) = n,                                                  (1)</pre>
 * and for this teacher both expected losses reduce to the same number,
 * <pre>  L(n) = n κ(n):                                                          (2)</pre>
 * the ridgeless data loss {@code n/(n − Σ L_k²) · Σ λ_k (1 − L_k)²} and the projection loss {@code Σ λ_k (1 − L_k)}
 * both equal {@code κ Σ_k L_k = κ n}, with {@code L_k = λ_k/(λ_k + κ)}. For {@code 1 ≪ n ≪ M}, (1) gives
 * {@code n ≈ c κ^{−1/(1+α)}} with {@code c = (π/(1+α)) / sin(π/(1+α))}, hence
 * <pre>  L(n) ≈ c^{1+α} n^{−α}:                                                    (3)</pre>
 * a power law whose exponent is the spectrum's.
 */
public final class SpectrumTheory {

    private static final double LOG_KAPPA_ACCURACY = 1e-13;

    private SpectrumTheory() {
    }

    /** The spectrum λ_k = k^{−(1+α)}, k = 1…M. */
    public static double[] spectrum(double alpha, int features) {
        double[] lambda = new double[features];
        for (int k = 0; k < features; k++) {
            lambda[k] = Math.pow(k + 1, -(1 + alpha));
        }
        return lambda;
    }

    /**
     * Solves (1) on ln κ with a bracketing Brent solver. At κ = λ_min (M − n)/(2n) every term exceeds
     * 1/(1 + (M−n)/2n), so the sum exceeds n; at κ = Σλ/n it is below Σλ/κ = n.
     *
     * @throws IllegalArgumentException unless 0 &lt; n &lt; M
     */
    public static double kappa(double[] lambda, double n) {
        int m = lambda.length;
        if (!(n > 0 && n < m)) {
            throw new IllegalArgumentException("Need 0 < n < M for a ridgeless effective regulariser");
        }
        double trace = 0;
        for (double l : lambda) {
            trace += l;
        }
        double low = Math.log(lambda[m - 1] * (m - n) / (2 * n));
        double high = Math.log(trace / n);
        UnivariateSolver solver = new BracketingNthOrderBrentSolver(0, LOG_KAPPA_ACCURACY, 0, 5);
        return Math.exp(solver.solve(1000, u -> {
            double kappa = Math.exp(u);
            double sum = 0;
            for (double l : lambda) {
                sum += l / (l + kappa);
            }
            return sum - n;
        }, low, high));
    }

    /** Equation (2): the expected loss at n samples (data axis) or n projections (model axis). */
    public static double loss(double[] lambda, double n) {
        return n * kappa(lambda, n);
    }

    /** Equation (3): the loss of the infinite-M power law. */
    public static double asymptote(double alpha, double n) {
        double x = Math.PI / (1 + alpha);
        return Math.pow(x / Math.sin(x), 1 + alpha) * Math.pow(n, -alpha);
    }
}
