package org.learningmechanics.sim.transfer;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;

/**
 * The linearised prediction of the largest stable learning rate. Near initialisation a network's outputs on the
 * training set move under full-batch gradient descent as {@code f ← f − (η/P) K (f − y)}, where
 * {@code K_μν = s Σ_θ ∂f(x_μ)/∂θ · ∂f(x_ν)/∂θ} is the empirical neural tangent kernel (Jacot, Gabriel &amp; Hongler
 * 2018) weighted by each parameter's rate multiplier s (1 in SP, N in μP). The iteration is stable iff
 * {@code η λ_max(K)/P < 2}: the edge is {@code η* = 2P/λ_max(K)}. For the network of {@link TwoLayerNet},
 * {@code K_μν = s c² Σᵢ [φ(zᵢ_μ) φ(zᵢ_ν) + aᵢ² φ'(zᵢ_μ) φ'(zᵢ_ν) x_μ·x_ν]}: in SP it grows like N (so η* shrinks
 * like 1/N), in μP it tends to a width-independent limit.
 */
final class StabilityEdge {

    private StabilityEdge() {
    }

    /** log₂ of the predicted largest stable base learning rate for this network at its current weights. */
    static double log2Edge(TwoLayerNet net, Task task) {
        double[][] kernel = kernel(net, task);
        double[] eigenvalues = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(kernel)).getEigenvalues();
        double top = eigenvalues[0];
        for (double lambda : eigenvalues) {
            top = Math.max(top, lambda);
        }
        return log2(2 * task.size() / top);
    }

    /** The rate-weighted empirical NTK on the training inputs. */
    static double[][] kernel(TwoLayerNet net, Task task) {
        int samples = task.size();
        int width = net.width();
        double[][] x = task.inputs();
        double[][] w = net.inputWeights();
        double[] a = net.readout();
        double[][] value = new double[samples][width];
        double[][] weightedSlope = new double[samples][width];
        for (int mu = 0; mu < samples; mu++) {
            for (int i = 0; i < width; i++) {
                double pre = 0;
                for (int k = 0; k < x[mu].length; k++) {
                    pre += w[i][k] * x[mu][k];
                }
                value[mu][i] = net.activation().value(pre);
                weightedSlope[mu][i] = a[i] * net.activation().slopeAt(value[mu][i]);
            }
        }
        double factor = net.rateScale() * net.outputScale() * net.outputScale();
        double[][] kernel = new double[samples][samples];
        for (int mu = 0; mu < samples; mu++) {
            for (int nu = 0; nu <= mu; nu++) {
                double features = 0;
                double slopes = 0;
                for (int i = 0; i < width; i++) {
                    features += value[mu][i] * value[nu][i];
                    slopes += weightedSlope[mu][i] * weightedSlope[nu][i];
                }
                double dot = 0;
                for (int k = 0; k < x[mu].length; k++) {
                    dot += x[mu][k] * x[nu][k];
                }
                kernel[mu][nu] = factor * (features + slopes * dot);
                kernel[nu][mu] = kernel[mu][nu];
            }
        }
        return kernel;
    }

    static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }
}
