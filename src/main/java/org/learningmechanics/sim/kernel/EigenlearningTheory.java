package org.learningmechanics.sim.kernel;

import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.analysis.solvers.UnivariateSolver;

/**
 * The eigenframework estimates for kernel ridge regression (Bordelon, Canatar &amp; Pehlevan, ICML 2020; Simon,
 * Dickens, Karkada &amp; DeWeese, "The Eigenlearning Framework", TMLR 2023, arXiv:2110.03922).
 *
 * <p>For a kernel with eigenvalues {@code λ_k}, {@code n} samples and ridge {@code δ > 0}, the effective regulariser
 * {@code κ} is the unique positive root of the conservation law
 * <pre>  Σ_k λ_k/(λ_k + κ) + δ/κ = n,                                          (1)</pre>
 * the learnability of eigenmode {@code k} is
 * <pre>  L_k = λ_k/(λ_k + κ),                                                   (2)</pre>
 * the overfitting coefficient is
 * <pre>  E₀ = n/(n − Σ_k L_k²),                                                 (3)</pre>
 * and the test MSE on noisy test labels, {@code E = E_D[‖f − f̂‖²] + ε²}, is estimated by
 * <pre>  E = E₀ (Σ_k (1 − L_k)² v_k² + ε²).                                     (4)</pre>
 * The book reports the <em>excess</em> error {@code E − ε² = E_D E_x (f − f̂)²}, the error against the noiseless
 * target, because that is what a Monte-Carlo run can compute exactly from the fitted coefficients.
 *
 * <p>The estimates are asymptotic (exact as n and the number of modes above κ grow together); for a Gaussian design
 * they are already close at moderate n.
 */
public final class EigenlearningTheory {

    /** Tolerance on ln κ: the root then satisfies (1) to about n·1e-14. */
    private static final double LOG_KAPPA_ACCURACY = 1e-14;
    private static final int MAX_EVALUATIONS = 500;

    private EigenlearningTheory() {
    }

    /**
     * Solves (1) for κ with a fifth-order bracketing Brent solver on ln κ. The bracket is explicit: at κ = δ/n the
     * left side exceeds n by Σ_k L_k &gt; 0, and at κ = (Σλ + δ)/n it is at most (Σλ + δ)/κ = n.
     *
     * @throws IllegalArgumentException when the ridge is not positive or there are no samples
     */
    public static double kappa(double[] lambda, double n, double ridge) {
        if (!(ridge > 0) || !(n > 0)) {
            throw new IllegalArgumentException("The eigenframework here needs a positive ridge and a positive number of samples");
        }
        double trace = 0;
        for (double l : lambda) {
            trace += l;
        }
        double low = Math.log(ridge / n);
        double high = Math.log((trace + ridge) / n);
        UnivariateSolver solver = new BracketingNthOrderBrentSolver(0, LOG_KAPPA_ACCURACY, 0, 5);
        return Math.exp(solver.solve(MAX_EVALUATIONS, u -> residual(lambda, n, ridge, Math.exp(u)), low, high));
    }

    /** Left side of (1) minus n: decreasing in κ, zero at the effective regulariser. */
    public static double residual(double[] lambda, double n, double ridge, double kappa) {
        double sum = ridge / kappa;
        for (double l : lambda) {
            sum += l / (l + kappa);
        }
        return sum - n;
    }

    /** Equation (2) for every mode. */
    public static double[] learnabilities(double[] lambda, double kappa) {
        double[] learnability = new double[lambda.length];
        for (int k = 0; k < lambda.length; k++) {
            learnability[k] = lambda[k] / (lambda[k] + kappa);
        }
        return learnability;
    }

    /** Equation (3); finite because Σ L_k² &lt; Σ L_k = n − δ/κ &lt; n. */
    public static double overfittingCoefficient(int n, double[] learnability) {
        double squares = 0;
        for (double l : learnability) {
            squares += l * l;
        }
        return n / (n - squares);
    }

    /** Equation (4) minus ε²: the predicted excess test error E_x (f − f̂)², averaged over training sets. */
    public static double excessTestError(double[] lambda, double[] target, int n, double ridge, double noise) {
        double[] learnability = learnabilities(lambda, kappa(lambda, n, ridge));
        double bias = 0;
        for (int k = 0; k < lambda.length; k++) {
            double miss = 1 - learnability[k];
            bias += miss * miss * target[k] * target[k];
        }
        return overfittingCoefficient(n, learnability) * (bias + noise) - noise;
    }
}
