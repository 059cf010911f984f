package org.learningmechanics.sim.scaling;

import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.analysis.solvers.UnivariateSolver;

/**
 * The parametric loss of Hoffmann et al., "Training Compute-Optimal Large Language Models", NeurIPS 2022
 * (arXiv:2203.15556), fitted in their Approach 3:
 * <pre>  L(N, D) = E + A/N^a + B/D^b,                                           (1)</pre>
 * with N parameters, D training tokens and training compute {@code C ≈ 6ND} FLOPs. Minimising (1) on the iso-FLOP
 * line {@code D = C/(6N)} gives their efficient frontier (derived in the chapter {@code simple-laws}):
 * <pre>  N_opt = G (C/6)^{b/(a+b)},  D_opt = G⁻¹ (C/6)^{a/(a+b)},  G = (aA/(bB))^{1/(a+b)}.   (2)</pre>
 *
 * @param E irreducible loss
 * @param A model-size coefficient
 * @param B data coefficient
 * @param a model-size exponent (α in the paper)
 * @param b data exponent (β in the paper)
 */
public record ChinchillaLaw(double E, double A, double B, double a, double b) {

    /** Hoffmann et al. 2022, Approach 3: the rounded estimates printed in the body of the paper. */
    public static final ChinchillaLaw HOFFMANN_2022 = new ChinchillaLaw(1.69, 406.4, 410.7, 0.34, 0.28);
    /**
     * Besiroglu, Erdil, Barnett &amp; You, "Chinchilla Scaling: A replication attempt", arXiv:2404.10102 (2024):
     * their refit of the same functional form to data reconstructed from Hoffmann et al.'s figure. (Checked against
     * several independent sources quoting the paper's table; E is given there to four decimals.)
     */
    public static final ChinchillaLaw BESIROGLU_2024 = new ChinchillaLaw(1.8172, 482.01, 2085.43, 0.3478, 0.3658);

    private static final double LOG_ACCURACY = 1e-13;

    /** Equation (1). */
    public double loss(double n, double d) {
        return E + A / Math.pow(n, a) + B / Math.pow(d, b);
    }

    /** Equation (1) on the iso-FLOP line D = C/(6N). */
    public double lossAtCompute(double compute, double n) {
        return loss(n, compute / (6 * n));
    }

    /** Equation (2): the closed-form compute-optimal model size. */
    public double nOptClosedForm(double compute) {
        double g = Math.pow(a * A / (b * B), 1 / (a + b));
        return g * Math.pow(compute / 6, b / (a + b));
    }

    /**
     * The compute-optimal model size found numerically, without equation (2): the root in u = ln N of
     * dL/du = −aA N^{−a} + bB D^{−b} (D = C/6N), which rises from negative to positive along the iso-FLOP line, by
     * a bracketing fifth-order Brent solver between N = 1 and N = C/6 (a single token).
     */
    public double nOptNumerical(double compute) {
        double total = compute / 6;
        UnivariateSolver solver = new BracketingNthOrderBrentSolver(0, LOG_ACCURACY, 0, 5);
        double u = solver.solve(1000, v -> {
            double n = Math.exp(v);
            return -a * A * Math.pow(n, -a) + b * B * Math.pow(total / n, -b);
        }, -10, Math.log(total) + 10);
        return Math.exp(u);
    }
}
