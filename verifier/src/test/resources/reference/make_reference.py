#!/usr/bin/env python3
"""Writes reference.json beside this script: high-precision values (mpmath, 30 significant digits)
of the functions behind the first 19 claims, for ReferenceValuesTest. The inputs are fixed here and
written into the JSON too; every input is a double, so mpmath evaluates the exact same numbers the
Java code receives. The build never runs this script; rerun it by hand after changing it:

    python3 verifier/src/test/resources/reference/make_reference.py

Needs mpmath (1.3 was used). Values are written as decimal strings with 30 significant digits.
"""
import json
import os

import mpmath
from mpmath import mp, mpf

mp.dps = 30


def s(x):
    return mpmath.nstr(mpf(x), 30, strip_zeros=False, min_fixed=-5, max_fixed=5)


def vec(v):
    return [s(x) for x in v]


def lse(z):
    m = max(z)
    return m + mpmath.log(mpmath.fsum(mpmath.exp(mpf(x) - m) for x in z))


def softmax(z):
    l = lse(z)
    return [mpmath.exp(mpf(x) - l) for x in z]


def softmax_ce_cases():
    cases = []
    for z, y in [([1.5, -0.25, 3.0, 0.0], 2), ([1000.0, -1000.0, 0.0], 1), ([-1000.0, -1000.5, -999.0], 0),
                 ([1e-8, 0.0, -1e-8], 2), ([30.0, 0.0, -30.0, 5.0], 2), ([710.0, 0.0], 1)]:
        p = softmax(z)
        onehot = [1.0 if i == y else 0.0 for i in range(len(z))]
        cases.append({"z": z, "y": onehot, "lse": s(lse(z)), "loss": s(lse(z) - mpf(z[y])),
                      "probabilities": vec(p), "gradient": vec([p[i] - onehot[i] for i in range(len(z))])})
    return cases


def bce_cases():
    cases = []
    for p, y in [([0.3, 0.9, 0.5], [0.0, 1.0, 1.0]), ([1e-12, 1 - 1e-9], [1.0, 0.0]), ([0.999, 0.001], [1.0, 0.0])]:
        loss = -mpmath.fsum(mpf(yy) * mpmath.log(mpf(pp)) + (1 - mpf(yy)) * mpmath.log(1 - mpf(pp)) for pp, yy in zip(p, y))
        cases.append({"p": p, "y": y, "loss": s(loss)})
    return cases


def categorical_cases():
    cases = []
    for p, y in [([0.2, 0.5, 0.3], [0.0, 1.0, 0.0]), ([1e-15, 1 - 1e-15], [1.0, 0.0]), ([0.25, 0.25, 0.25, 0.25], [0.0, 0.0, 0.0, 1.0])]:
        loss = -mpmath.fsum(mpf(yy) * mpmath.log(mpf(pp)) for pp, yy in zip(p, y) if yy != 0)
        cases.append({"p": p, "y": y, "loss": s(loss)})
    return cases


def gaussian_kl_cases():
    cases = []
    for mu, logvar in [([0.0, 0.0], [0.0, 0.0]), ([0.5, -1.25, 2.0], [-0.5, 0.3, 1.1]), ([1e-6], [-20.0]), ([3.0, -3.0], [5.0, -5.0])]:
        kl = mpmath.fsum(mpf(0.5) * (mpf(m) ** 2 + mpmath.exp(mpf(v)) - mpf(v) - 1) for m, v in zip(mu, logvar))
        cases.append({"mu": mu, "logVar": logvar, "kl": s(kl)})
    return cases


def gan_cases():
    cases = []
    for pd, pg, d in [([0.1, 0.2, 0.3, 0.4], [0.25, 0.25, 0.25, 0.25], [0.3, 0.5, 0.6, 0.7]),
                      ([0.5, 0.5], [0.9, 0.1], [0.01, 0.99]), ([0.2, 0.3, 0.5], [0.2, 0.3, 0.5], [0.5, 0.5, 0.5])]:
        pd_, pg_, d_ = map(lambda v: [mpf(x) for x in v], (pd, pg, d))
        value = mpmath.fsum(a * mpmath.log(c) + b * mpmath.log(1 - c) for a, b, c in zip(pd_, pg_, d_))
        dstar = [a / (a + b) for a, b in zip(pd_, pg_)]
        m = [(a + b) / 2 for a, b in zip(pd_, pg_)]
        jsd = mpf(0.5) * mpmath.fsum(a * mpmath.log(a / c) for a, c in zip(pd_, m)) + \
            mpf(0.5) * mpmath.fsum(b * mpmath.log(b / c) for b, c in zip(pg_, m))
        vstar = mpmath.fsum(a * mpmath.log(c) + b * mpmath.log(1 - c) for a, b, c in zip(pd_, pg_, dstar))
        cases.append({"pData": pd, "pG": pg, "d": d, "value": s(value), "optimalD": vec(dstar), "jsd": s(jsd),
                      "valueAtOptimum": s(vstar), "minusLog4Plus2Jsd": s(-mpmath.log(4) + 2 * jsd)})
    return cases


def sigmoid(x):
    return 1 / (1 + mpmath.exp(-x))


def gru_case():
    d, u = 2, 3
    U = [[0.1 * ((3 * i + 7 * j) % 11) - 0.5 for j in range(3 * u)] for i in range(d)]
    W = [[0.05 * ((5 * i + 3 * j) % 13) - 0.3 for j in range(3 * u)] for i in range(u)]
    bi = [0.02 * j - 0.08 for j in range(3 * u)]
    bh = [0.1 - 0.015 * j for j in range(3 * u)]
    x = [0.7, -1.2]
    h = [0.3, -0.6, 0.9]
    gi = [mpf(bi[j]) + mpmath.fsum(mpf(x[i]) * mpf(U[i][j]) for i in range(d)) for j in range(3 * u)]

    def hw(vec_h, j):
        return mpmath.fsum(mpf(vec_h[i]) * mpf(W[i][j]) for i in range(u))

    out = {}
    for name in ("RESET_BEFORE_PRODUCT", "RESET_AFTER_PRODUCT"):
        z = [sigmoid(gi[k] + hw(h, k) + mpf(bh[k])) for k in range(u)]
        r = [sigmoid(gi[u + k] + hw(h, u + k) + mpf(bh[u + k])) for k in range(u)]
        if name == "RESET_BEFORE_PRODUCT":
            rh = [r[k] * mpf(h[k]) for k in range(u)]
            n = [mpmath.tanh(gi[2 * u + k] + hw(rh, 2 * u + k) + mpf(bh[2 * u + k])) for k in range(u)]
        else:
            n = [mpmath.tanh(gi[2 * u + k] + r[k] * (hw(h, 2 * u + k) + mpf(bh[2 * u + k]))) for k in range(u)]
        out[name] = vec([z[k] * mpf(h[k]) + (1 - z[k]) * n[k] for k in range(u)])
    return {"U": U, "W": W, "bi": bi, "bh": bh, "x": x, "h": h, "next": out}


def least_squares_case():
    X = [[1.0, 0.5, -1.0], [1.0, 1.5, 0.25], [1.0, -0.75, 2.0], [1.0, 2.0, 1.0], [1.0, 0.0, -0.5], [1.0, 1.25, 0.75]]
    y = [0.3, 2.1, -1.7, 3.3, 0.9, 1.6]
    Xm = mpmath.matrix(X)
    ym = mpmath.matrix(y)
    gram = Xm.T * Xm
    theta = mpmath.lu_solve(gram, Xm.T * ym)
    alpha = 0.5
    ridge = mpmath.lu_solve(gram + alpha * mpmath.eye(3), Xm.T * ym)
    sigma = 0.8
    rss = mpmath.fsum((ym[i] - mpmath.fsum(Xm[i, j] * theta[j] for j in range(3))) ** 2 for i in range(len(y)))
    loglik = len(y) * mpmath.log(1 / (mpmath.sqrt(2 * mpmath.pi) * sigma)) - rss / (2 * sigma ** 2)
    return {"X": X, "y": y, "theta": vec(theta), "alpha": alpha, "ridge": vec(ridge), "sigma": sigma,
            "logLikelihoodAtTheta": s(loglik)}


def main():
    out = {
        "generator": "make_reference.py, mpmath %s, %d digits" % (mpmath.__version__, mp.dps),
        "softmaxCrossEntropy": softmax_ce_cases(),
        "binaryCrossEntropy": bce_cases(),
        "categoricalCrossEntropy": categorical_cases(),
        "gaussianKl": gaussian_kl_cases(),
        "gan": gan_cases(),
        "gru": gru_case(),
        "leastSquares": least_squares_case(),
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
