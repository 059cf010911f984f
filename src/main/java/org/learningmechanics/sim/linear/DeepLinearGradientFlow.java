package org.learningmechanics.sim.linear;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.ode.OrdinaryDifferentialEquation;

/**
 * Gradient flow of a depth-D linear network {@code P = W_D ⋯ W_1} (square n×n layers) on the loss
 * {@code L = ½‖T − P‖²_F} with whitened inputs (Saxe et al. 2014, eq. 3–4 generalised to depth D):
 * <pre>  dW_l/dt = −∂L/∂W_l = (W_D ⋯ W_{l+1})ᵀ (T − P) (W_{l−1} ⋯ W_1)ᵀ.</pre>
 * The ODE state is the D matrices, row-major, one after another.
 */
final class DeepLinearGradientFlow implements OrdinaryDifferentialEquation {

    private final RealMatrix target;
    private final int depth;
    private final int n;

    DeepLinearGradientFlow(RealMatrix target, int depth) {
        this.target = target;
        this.depth = depth;
        this.n = target.getRowDimension();
    }

    @Override
    public int getDimension() {
        return depth * n * n;
    }

    @Override
    public double[] computeDerivatives(double t, double[] state) {
        RealMatrix[] w = unpack(state);
        // prefix[l] = W_l ⋯ W_1 (prefix[0] = I); suffix[l] = W_D ⋯ W_l (suffix[D + 1] = I)
        RealMatrix[] prefix = new RealMatrix[depth + 1];
        prefix[0] = MatrixUtils.createRealIdentityMatrix(n);
        for (int l = 1; l <= depth; l++) {
            prefix[l] = w[l - 1].multiply(prefix[l - 1]);
        }
        RealMatrix[] suffix = new RealMatrix[depth + 2];
        suffix[depth + 1] = MatrixUtils.createRealIdentityMatrix(n);
        for (int l = depth; l >= 1; l--) {
            suffix[l] = suffix[l + 1].multiply(w[l - 1]);
        }
        RealMatrix error = target.subtract(prefix[depth]);
        double[] derivative = new double[state.length];
        for (int l = 1; l <= depth; l++) {
            RealMatrix dw = suffix[l + 1].transposeMultiply(error).multiplyTransposed(prefix[l - 1]);
            pack(dw, derivative, l - 1);
        }
        return derivative;
    }

    /** The end-to-end map W_D ⋯ W_1 of a state. */
    RealMatrix product(double[] state) {
        RealMatrix[] w = unpack(state);
        RealMatrix p = w[0];
        for (int l = 1; l < depth; l++) {
            p = w[l].multiply(p);
        }
        return p;
    }

    /** ½‖T − P‖²_F. */
    double loss(double[] state) {
        double norm = target.subtract(product(state)).getFrobeniusNorm();
        return 0.5 * norm * norm;
    }

    double[] pack(RealMatrix[] layers) {
        double[] state = new double[getDimension()];
        for (int l = 0; l < depth; l++) {
            pack(layers[l], state, l);
        }
        return state;
    }

    private void pack(RealMatrix m, double[] state, int layer) {
        int offset = layer * n * n;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                state[offset + i * n + j] = m.getEntry(i, j);
            }
        }
    }

    private RealMatrix[] unpack(double[] state) {
        RealMatrix[] w = new RealMatrix[depth];
        for (int l = 0; l < depth; l++) {
            double[][] data = new double[n][n];
            int offset = l * n * n;
            for (int i = 0; i < n; i++) {
                System.arraycopy(state, offset + i * n, data[i], 0, n);
            }
            w[l] = MatrixUtils.createRealMatrix(data);
        }
        return w;
    }
}
