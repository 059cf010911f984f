package org.learningmechanics.sim.scaling;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealVector;

/**
 * A power law {@code y = C x^{−s}} fitted by linear least squares on logarithms, {@code ln y = ln C − s ln x}, solved
 * with Hipparchus' Householder QR decomposition (the least-squares solution of the overdetermined system).
 *
 * @param prefactor C
 * @param exponent  s, positive for a falling law
 */
record PowerLawFit(double prefactor, double exponent) {

    static PowerLawFit of(double[] x, double[] y) {
        double[][] design = new double[x.length][2];
        double[] logY = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            design[i][0] = 1;
            design[i][1] = Math.log(x[i]);
            logY[i] = Math.log(y[i]);
        }
        RealVector solution = new QRDecomposition(new Array2DRowRealMatrix(design, false)).getSolver()
                .solve(new ArrayRealVector(logY, false));
        return new PowerLawFit(Math.exp(solution.getEntry(0)), -solution.getEntry(1));
    }

    double at(double x) {
        return prefactor * Math.pow(x, -exponent);
    }
}
