package org.learningmechanics.sim.linear;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.random.RandomGenerator;

/**
 * Haar-distributed random orthogonal matrices: the Q factor of a Gaussian matrix, with column signs fixed by the
 * diagonal of R so the distribution is uniform (Mezzadri, Notices AMS 54, 2007).
 */
final class RandomOrthogonal {

    private RandomOrthogonal() {
    }

    static RealMatrix next(RandomGenerator random, int n) {
        double[][] gaussian = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                gaussian[i][j] = random.nextGaussian();
            }
        }
        QRDecomposition qr = new QRDecomposition(MatrixUtils.createRealMatrix(gaussian));
        RealMatrix q = qr.getQ().copy();
        RealMatrix r = qr.getR();
        for (int j = 0; j < n; j++) {
            if (r.getEntry(j, j) < 0) {
                q.setColumnVector(j, q.getColumnVector(j).mapMultiply(-1));
            }
        }
        return q;
    }
}
