package org.learningmechanics.sim.proportional;

import java.util.Arrays;

import org.learningmechanics.sim.kernel.EigenlearningTheory;

/**
 * Expected risk {@code E‖β̂ − β‖²} of least squares on isotropic Gaussian data, {@code x ~ N(0, I_d)},
 * {@code y = xᵀβ + ε}, {@code ‖β‖² = r²}, {@code Var ε = σ²} (Hastie, Montanari, Rosset &amp; Tibshirani, "Surprises
 * in high-dimensional ridgeless least squares interpolation", Ann. Statist. 2022, arXiv:1903.08560; Belkin, Hsu &amp;
 * Xu, "Two models of double descent for weak features", SIAM J. Math. Data Sci. 2020, arXiv:1903.07571).
 *
 * <p>Min-norm least squares {@code β̂ = X⁺y}, exact at finite n (inverse-Wishart means
 * {@code E(XᵀX)⁻¹ = I/(n − d − 1)} and {@code E(XXᵀ)⁻¹ = I/(d − n − 1)}, and {@code X⁺X} a uniformly random rank-n
 * projection when d &gt; n):
 * <pre>  R = σ² d/(n − d − 1)                       for d &lt; n − 1,            (1)
 *   R = r²(1 − n/d) + σ² n/(d − n − 1)         for d &gt; n + 1,            (2)</pre>
 * infinite for |d − n| ≤ 1 when σ² &gt; 0 (with σ² = 0 the risk is 0 for d ≤ n and r²(1 − n/d) above).
 * In the proportional limit d, n → ∞ with d/n → γ:
 * <pre>  R = σ² γ/(1 − γ)  (γ &lt; 1),     R = r²(1 − 1/γ) + σ²/(γ − 1)  (γ &gt; 1).   (3)</pre>
 * Ridge {@code β̂ = (XᵀX + nλI)⁻¹Xᵀy} has no closed finite-n risk here; it is estimated by the eigenframework
 * ({@link EigenlearningTheory}) with d unit eigenvalues, target coefficients {@code r/√d} and ridge {@code δ = nλ}.
 * For isotropic features that estimate depends on (γ, λ) only and is the proportional-limit ridge risk; at λ → 0 it
 * reduces to (3), so at finite n it omits the "− 1" of (1)–(2).
 */
public final class RiskTheory {

    private RiskTheory() {
    }

    /** Equations (1)–(2); {@code +∞} where the expectation diverges. */
    public static double exactMinNorm(int n, int d, double signal, double noise) {
        double bias = d > n ? signal * (1 - (double) n / d) : 0;
        if (noise == 0) {
            return bias;
        }
        if (d < n - 1) {
            return noise * d / (n - d - 1);
        }
        if (d > n + 1) {
            return bias + noise * n / (d - n - 1);
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Equation (3) at γ = d/n; {@code +∞} at γ = 1 when σ² &gt; 0. */
    public static double proportionalLimit(double gamma, double signal, double noise) {
        double bias = gamma > 1 ? signal * (1 - 1 / gamma) : 0;
        if (noise == 0) {
            return bias;
        }
        if (gamma == 1) {
            return Double.POSITIVE_INFINITY;
        }
        return bias + noise * (gamma < 1 ? gamma / (1 - gamma) : 1 / (gamma - 1));
    }

    /** The eigenframework's ridge risk (see class comment); needs λ &gt; 0. */
    public static double ridge(int n, int d, double signal, double noise, double ridge) {
        double[] eigenvalues = new double[d];
        Arrays.fill(eigenvalues, 1);
        double[] target = new double[d];
        Arrays.fill(target, Math.sqrt(signal / d));
        return EigenlearningTheory.excessTestError(eigenvalues, target, n, n * ridge, noise);
    }

    /** The theory the simulation draws: exact (1)–(2) without ridge, the eigenframework with it. */
    public static double risk(int n, int d, double signal, double noise, double ridge) {
        return ridge == 0 ? exactMinNorm(n, d, signal, noise) : ridge(n, d, signal, noise, ridge);
    }
}
