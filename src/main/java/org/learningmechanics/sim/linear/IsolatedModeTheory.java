package org.learningmechanics.sim.linear;

/**
 * One mode of a two-layer linear network from a small <em>random</em> initialisation, in the isolated-mode
 * approximation: the mode's own input and output weight vectors {@code a = W₁v}, {@code b = W₂ᵀu} move as if no
 * other mode shared the hidden layer. Then (the mode equations of Saxe, McClelland &amp; Ganguli 2014, for one mode)
 * <pre>  ȧ = b (s − aᵀb),   ḃ = a (s − aᵀb),</pre>
 * and with {@code p = |a + b|²/4}, {@code q = |a − b|²/4} the strength is {@code u = aᵀb = p − q}, while
 * <pre>  ṗ = 2p (s − u),   q̇ = −2q (s − u),   so  pq = c  is conserved                         (1)</pre>
 * and {@code p} obeys the Riccati equation {@code ṗ = −2(p − r₊)(p − r₋)} with roots
 * {@code r± = (s ± √(s² + 4c))/2}, solved by
 * <pre>  (p − r₊)/(p − r₋) = K e^{−2(r₊ − r₋)t},   K = (p₀ − r₊)/(p₀ − r₋).                     (2)</pre>
 * From balanced, aligned weights ({@code a = b}) {@code c = 0} and this is the logistic solution of
 * {@link DeepLinearTheory}; from random weights the unbalanced part {@code q} decays while {@code p} grows, and the
 * mode follows a sigmoid that starts from {@code p₀} rather than from {@code aᵀb}. What the approximation leaves
 * out — the coupling of modes through the shared hidden layer — is what makes random initialisation differ.
 */
final class IsolatedModeTheory {

    private final double rPlus;
    private final double rMinus;
    private final double k;
    private final double c;
    private final double s;
    private final double p0;

    IsolatedModeTheory(double s, double[] a, double[] b) {
        double plus = 0;
        double minus = 0;
        for (int i = 0; i < a.length; i++) {
            plus += (a[i] + b[i]) * (a[i] + b[i]);
            minus += (a[i] - b[i]) * (a[i] - b[i]);
        }
        this.s = s;
        this.p0 = plus / 4;
        this.c = p0 * (minus / 4);
        double root = Math.sqrt(s * s + 4 * c);
        this.rPlus = (s + root) / 2;
        this.rMinus = (s - root) / 2;
        this.k = (p0 - rPlus) / (p0 - rMinus);
    }

    /** u(t) = p(t) − c/p(t), with p from (2). */
    double strength(double t) {
        double e = k * Math.exp(-2 * (rPlus - rMinus) * t);
        double p = (rPlus - rMinus * e) / (1 - e);
        return p - c / p;
    }

    /** The conserved product c = pq of (1). */
    double conserved() {
        return c;
    }

    /** When u reaches s/2 (NaN if it starts there or above): p* solves p − c/p = s/2, then (2) gives t. */
    double halfTime() {
        if (s <= 0 || strength(0) >= s / 2) {
            return Double.NaN;
        }
        double pHalf = (s / 2 + Math.sqrt(s * s / 4 + 4 * c)) / 2;
        double e = (pHalf - rPlus) / (pHalf - rMinus) / k;
        return -Math.log(e) / (2 * (rPlus - rMinus));
    }
}
