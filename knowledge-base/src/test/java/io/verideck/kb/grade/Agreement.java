package io.verideck.kb.grade;

/** Agreement between two lists of grades: Pearson r and RMSE. */
record Agreement(int n, double pearson, double rmse) {
    static Agreement of(double[] human, double[] machine) {
        int n = human.length;
        double mh = 0;
        double mm = 0;
        for (int i = 0; i < n; i++) {
            mh += human[i];
            mm += machine[i];
        }
        mh /= n;
        mm /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        double se = 0;
        for (int i = 0; i < n; i++) {
            double a = human[i] - mh;
            double b = machine[i] - mm;
            sxy += a * b;
            sxx += a * a;
            syy += b * b;
            se += (human[i] - machine[i]) * (human[i] - machine[i]);
        }
        double r = sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
        return new Agreement(n, r, Math.sqrt(se / n));
    }
}
