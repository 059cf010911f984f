package org.learningmechanics.sim.linear;

import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/**
 * The exact mode dynamics of a deep linear network trained by gradient flow from aligned, balanced initialisation
 * (Saxe, McClelland &amp; Ganguli, ICLR 2014, arXiv:1312.6120).
 *
 * <p>With whitened inputs and target {@code T = U diag(s) Vᵀ}, each singular mode's strength {@code u = u_kᵀ W_D⋯W_1 v_k}
 * evolves on its own:
 * <pre>  du/dt = D · u^(2 − 2/D) · (s − u)                                    (1)</pre>
 * For depth {@code D = 2} this is the logistic equation, solved in closed form by
 * <pre>  u(t) = s / (1 + (s/u₀ − 1) e^(−2st)),   t½ = ln(s/u₀ − 1) / (2s).      (2)</pre>
 * For {@code D > 2} equation (1) is integrated numerically to near machine precision, and the half-time comes from
 * the quadrature {@code t½ = ∫_{u₀}^{s/2} du / (D u^(2−2/D) (s − u))}, done in {@code w = ln u} where the integrand is
 * smooth.
 */
public final class DeepLinearTheory {

    private static final double TOLERANCE = 1e-12;

    private DeepLinearTheory() {
    }

    /** Mode strengths u(t) of equation (1) at the given (increasing, non-negative) times. */
    public static double[] modeCurve(int depth, double s, double u0, double[] times) {
        if (depth == 2) {
            double[] u = new double[times.length];
            for (int i = 0; i < times.length; i++) {
                u[i] = logistic(s, u0, times[i]);
            }
            return u;
        }
        return integrate(depth, s, u0, times);
    }

    /** Equation (2) for depth 2; for {@code s = 0}, where (1) reads du/dt = −2u², its solution u₀ / (1 + 2u₀t). */
    static double logistic(double s, double u0, double t) {
        if (s == 0) {
            return u0 / (1 + 2 * u0 * t);
        }
        return s / (1 + (s / u0 - 1) * Math.exp(-2 * s * t));
    }

    /**
     * Time at which a mode reaches half its target strength, or {@code NaN} when it starts at or above it.
     */
    public static double halfTime(int depth, double s, double u0) {
        if (u0 >= s / 2) {
            return Double.NaN;
        }
        if (depth == 2) {
            return Math.log(s / u0 - 1) / (2 * s);
        }
        var integrator = new IterativeLegendreGaussIntegrator(16, 1e-13, 1e-15);
        return integrator.integrate(10_000, w -> {
            double u = Math.exp(w);
            return 1 / (depth * Math.pow(u, 1 - 2.0 / depth) * (s - u));
        }, Math.log(u0), Math.log(s / 2));
    }

    private static double[] integrate(int depth, double s, double u0, double[] times) {
        OrdinaryDifferentialEquation reduced = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 1;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double u = Math.max(y[0], 0);
                return new double[] {depth * Math.pow(u, 2 - 2.0 / depth) * (s - u)};
            }
        };
        double[] u = new double[times.length];
        double[] state = {u0};
        double t = 0;
        var integrator = new DormandPrince853Integrator(1e-14, Double.POSITIVE_INFINITY, TOLERANCE * u0, TOLERANCE);
        for (int i = 0; i < times.length; i++) {
            if (times[i] > t) {
                state = integrator.integrate(reduced, new ODEState(t, state), times[i]).getPrimaryState();
                t = times[i];
            }
            u[i] = state[0];
        }
        return u;
    }
}
