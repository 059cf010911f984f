package org.learningmechanics.sim.batch;

/**
 * The noisy quadratic model (McCandlish, Kaplan &amp; Amodei 2018, arXiv:1812.06162; Zhang et al., NeurIPS 2019) and its exact
 * expectations. Loss {@code L(θ) = ½ Σᵢ hᵢ θᵢ²}; SGD with batch size B and rate η:
 * {@code θ ← θ − η (Hθ + ξ)}, {@code ξ ~ N(0, Σ/B)} with diagonal per-example covariance {@code Σ = diag(σᵢ²)}.
 *
 * <p>Because ξ is independent of θ and has mean zero, each coordinate's second moment obeys an exact linear
 * recursion: {@code E[θᵢ²]ₜ₊₁ = (1 − ηhᵢ)² E[θᵢ²]ₜ + η²σᵢ²/B}. Its fixed point is
 * {@code mᵢ = ησᵢ² / [B hᵢ (2 − ηhᵢ)]} (finite iff {@code 0 < ηhᵢ < 2}), and
 * {@code E[θᵢ²]ₜ = mᵢ + (1 − ηhᵢ)^{2t} (θᵢ(0)² − mᵢ)}. So {@code E[Lₜ] = ½ Σᵢ hᵢ E[θᵢ²]ₜ} exactly, and
 * {@code E[L∞] = Σᵢ ησᵢ² / [2B(2 − ηhᵢ)]}.
 *
 * <p>Gradient noise scale (McCandlish et al. 2018): with true gradient G = Hθ, the best step along a
 * batch-B gradient is {@code ε_opt(B) = ε_max / (1 + B_noise/B)} and the best expected improvement
 * {@code ΔL_opt(B) = ΔL_max / (1 + B_noise/B)}, where {@code B_noise = tr(HΣ)/(GᵀHG)},
 * {@code ε_max = |G|²/(GᵀHG)} and {@code ΔL_max = ½|G|⁴/(GᵀHG)}.
 *
 * @param curvature     hᵢ, the Hessian's eigenvalues
 * @param noiseVariance σᵢ², the per-example gradient noise variance along each eigenvector
 * @param start         θᵢ(0)
 */
record QuadraticModel(double[] curvature, double[] noiseVariance, double[] start) {

    int dimensions() {
        return curvature.length;
    }

    double loss(double[] theta) {
        double sum = 0;
        for (int i = 0; i < theta.length; i++) {
            sum += curvature[i] * theta[i] * theta[i];
        }
        return sum / 2;
    }

    /** E[θᵢ²] at the fixed point of the recursion; infinite when ηhᵢ ≥ 2. */
    double stationarySecondMoment(int i, double eta, double batch) {
        double contraction = eta * curvature[i] * (2 - eta * curvature[i]);
        return contraction > 0 ? eta * eta * noiseVariance[i] / (batch * contraction) : Double.POSITIVE_INFINITY;
    }

    /** E[Lₜ] exactly, from the closed-form solution of the second-moment recursion. */
    double expectedLoss(double step, double eta, double batch) {
        double sum = 0;
        for (int i = 0; i < curvature.length; i++) {
            double fixed = stationarySecondMoment(i, eta, batch);
            double decay = Math.pow(1 - eta * curvature[i], 2 * step);
            sum += curvature[i] * (fixed + decay * (start[i] * start[i] - fixed));
        }
        return sum / 2;
    }

    /** E[L∞] = Σᵢ ησᵢ² / [2B(2 − ηhᵢ)]; infinite if any ηhᵢ ≥ 2. */
    double stationaryLoss(double eta, double batch) {
        double sum = 0;
        for (int i = 0; i < curvature.length; i++) {
            double margin = 2 - eta * curvature[i];
            if (margin <= 0) {
                return Double.POSITIVE_INFINITY;
            }
            sum += eta * noiseVariance[i] / (2 * batch * margin);
        }
        return sum;
    }

    /** B_noise = tr(HΣ)/(GᵀHG) at θ(0). */
    double noiseScale() {
        double traceHSigma = 0;
        double gHg = 0;
        for (int i = 0; i < curvature.length; i++) {
            double g = curvature[i] * start[i];
            traceHSigma += curvature[i] * noiseVariance[i];
            gHg += g * curvature[i] * g;
        }
        return traceHSigma / gHg;
    }

    /** ΔL_opt(B)/ΔL_max = 1/(1 + B_noise/B): the share of a noiseless step's best progress a batch of B achieves. */
    double bestStepShare(double batch) {
        return 1 / (1 + noiseScale() / batch);
    }

    double largestCurvature() {
        double max = 0;
        for (double h : curvature) {
            max = Math.max(max, h);
        }
        return max;
    }
}
