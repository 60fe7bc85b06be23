#!/usr/bin/python3
"""Published core–periphery examples (Borgatti & Everett 1999) as fixtures, with their published numbers.

Each network below is one that Borgatti & Everett, or authors reproducing
their model, analysed in print, and each comes with the numbers they
published. The script recomputes every split exhaustively (no search
heuristic) under the two discrete models of Borgatti & Everett (1999, §3):
- "ideal": the pattern delta_ij = 1 when i or j is in the core, 0 when both
  are peripheral, correlated with the ties over every pair i != j (Catalyse's
  discreteCore, model "ideal", its default); Estévez & Nordlund (2025) call
  it the inter-categorical density d = 1;
- "ignore": the core-to-periphery pairs are left out (B&E's relaxation, the
  default of UCINET's Network > Core/Periphery > Categorical and of the
  book's examples): the correlation between "both in the core" and the ties
  over the core-core and periphery-periphery pairs only (discreteCore, model
  "relaxed");
the same two optima with Baker's citation counts as tie values (Catalyse's
ties: "weight"; "weighted" in that fixture, no published counterpart: it
checks the search with valued ties); and, for the continuous model, the
minimum-residual coreness (MINRES, as
UCINET's "Minres (SVD)" and Catalyse's continuousCoreness) by scipy's least
squares. The published numbers are written beside the recomputed ones, so a
test can assert both and a reader can see where they differ and why.

Sources (networks and published numbers):
- Baker, D. R. (1992). A structural analysis of social work journal network:
  1985-1986. Journal of Social Service Research 15(3-4), 153-168. Citations
  among 20 journals; the matrix is R package blockmodeling's data(baker)
  (github rforge/blockmodeling, pkg/blockmodeling/data/baker.rda). xUCINET's
  Baker_Journals (github danielschwartz4/SocialNetworkAnalysis,
  HW1/xUCINET/data/Baker_Journals.rda) differs in five counts (CSWJ->SCW 41
  vs 47, JGSW->SCW 18 vs 16, SW->SSR 63 vs 53, SW->SW 366 vs 356, CYSR->SWRA
  6 vs 5) and in none of the ties once dichotomised (> 0, diagonal left out).
- Borgatti, S. P., Everett, M. G. & Johnson, J. C. (2013/2018). Analyzing
  Social Networks, §12.8, Figure 12.10 and Table 12.2: Baker's citations
  dichotomised (directed), UCINET's categorical core/periphery ("ignore"
  model): core CW, JSWE, SCW, SSR, SW, SWRA; densities core 0.93, core to
  periphery 0.21, periphery to core 0.39, periphery 0.04. As restated and
  asserted by S. P. Borgatti's xucinet package (github
  StephenBorgatti/xucinet, tests/testthat/test-xcoreperiphery.R, "Baker's
  journals reproduce the book's Figure 12.10 and Table 12.2").
- Estévez, J. L. & Nordlund, C. (2025). Revising the Borgatti-Everett
  core-periphery model. Social Networks 81, 31-51. Exhaustive searches with
  socnet.se, published as github
  eutanatos/Borgatti-Everett_core-periphery_model_revision, "socnet output.csv"
  (networks in networks/*.txt): B&E 1999's Figure 1 network (befig1),
  Galtung's feudal structure (galtung) and Baker symmetrised (a tie when
  either journal cites the other). Rows "com,dnc" are the "ignore" model,
  rows "com,denuci,1" the "ideal" one; in their partitions 0 marks the core.
- UCINET's campnet (18 participants of the 1992 NSF summer institute, each
  tied to the three people they interacted with most: Borgatti_Camp92,
  MostInteractionsT3, ranks 1-3, from xUCINET's data as above). UCINET
  6.849's output on it, as recorded by xucinet's snapshot
  tests/testthat/_snaps/xcoreperiphery.md (xucinet's test-xcoreperiphery.R
  matches UCINET's own files to 1e-4): continuous coreness (3 decimals),
  "Continuous fit" 0.327, categorical ("ignore") core LEE STEVE BERT RUSS,
  fit 0.36.

Other implementations, read (not run, not copied) to know which model they fit:
- the "ideal" model: cpnet.BE (github skojaku/core-periphery-detection,
  cpnet/BE.py, _score_: the phi coefficient between the undirected ties and
  x_i + x_j - x_i x_j, Kernighan-Lin search from random splits);
- the "ignore" model: UCINET (xucinet's port, R/xcoreperiphery.R, catcp_fits:
  c2p = p2c = NA by default), netUtils::core_periphery (github
  schochastics/netUtils, R/core_periphery.R: core-periphery cells set to NA).
The exhaustive search here replaces both heuristics (genetic algorithm, hill
climbing, Kernighan-Lin): every network here has at most 20 actors.

Run with Debian's python3-numpy and python3-scipy:
  /usr/bin/python3 scripts/reference/core-periphery-published.py
Writes packages/core/test/fixtures/core-periphery/published-*.json.
"""
import json
import os

import numpy as np
from scipy.optimize import least_squares

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "packages", "core", "test", "fixtures", "core-periphery")

# Baker (1992): citations from the row journal to the column journal, 1985-86 (blockmodeling's data(baker)).
BAKER = {
    "AMH": [13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0],
    "ASW": [0, 70, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 18, 13, 0, 21, 73, 0, 0, 7],
    "BJSW": [0, 0, 95, 0, 0, 0, 0, 0, 0, 0, 0, 0, 13, 0, 0, 0, 19, 0, 0, 0],
    "CAN": [0, 0, 0, 109, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 8, 0, 0, 0],
    "CCQ": [0, 0, 0, 0, 92, 12, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0],
    "CW": [0, 0, 0, 7, 0, 187, 6, 0, 0, 0, 0, 0, 11, 7, 32, 10, 58, 0, 0, 0],
    "CYSR": [0, 0, 0, 12, 5, 70, 26, 0, 4, 0, 0, 0, 0, 6, 8, 14, 28, 0, 0, 5],
    "CSWJ": [0, 0, 0, 0, 0, 0, 0, 40, 0, 0, 0, 0, 0, 0, 47, 20, 45, 0, 0, 0],
    "FR": [0, 0, 0, 0, 0, 0, 0, 0, 205, 0, 0, 0, 0, 0, 18, 0, 9, 0, 0, 0],
    "IJSW": [0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0],
    "JGSW": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 16, 0, 18, 0, 0, 0],
    "JSP": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 35, 0, 0, 0, 7, 0, 0, 0, 0],
    "JSWE": [0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 104, 0, 18, 16, 58, 0, 7, 16],
    "PW": [0, 0, 0, 7, 0, 4, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0],
    "SCW": [0, 8, 0, 6, 0, 17, 0, 8, 6, 0, 6, 0, 21, 0, 149, 36, 124, 8, 6, 18],
    "SSR": [0, 7, 0, 0, 0, 17, 0, 0, 0, 0, 0, 0, 9, 0, 30, 105, 106, 0, 0, 25],
    "SW": [0, 15, 0, 0, 0, 52, 0, 0, 9, 0, 0, 0, 33, 19, 58, 53, 356, 15, 43, 8],
    "SWG": [0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 9, 7, 40, 41, 9, 0],
    "SWHC": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 26, 0, 86, 0],
    "SWRA": [0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 24, 0, 8, 39, 44, 0, 0, 40],
}

# campnet: each participant's three most frequent interlocutors (Camp92, end of week 3, ranks 1-3).
CAMPNET = {
    "HOLLY": ["PAM", "DON", "PAT"],
    "BRAZEY": ["LEE", "STEVE", "BERT"],
    "CAROL": ["PAM", "PAT", "PAULINE"],
    "PAM": ["PAULINE", "ANN", "JENNIE"],
    "PAT": ["JENNIE", "HOLLY", "CAROL"],
    "JENNIE": ["PAT", "ANN", "PAM"],
    "PAULINE": ["PAM", "PAT", "CAROL"],
    "ANN": ["JENNIE", "PAM", "PAULINE"],
    "MICHAEL": ["DON", "HARRY", "HOLLY"],
    "BILL": ["MICHAEL", "DON", "HARRY"],
    "LEE": ["STEVE", "BERT", "BRAZEY"],
    "DON": ["MICHAEL", "HOLLY", "HARRY"],
    "JOHN": ["PAULINE", "GERY", "RUSS"],
    "HARRY": ["MICHAEL", "HOLLY", "DON"],
    "GERY": ["RUSS", "STEVE", "MICHAEL"],
    "STEVE": ["BERT", "LEE", "RUSS"],
    "BERT": ["STEVE", "LEE", "RUSS"],
    "RUSS": ["GERY", "BERT", "STEVE"],
}

# B&E 1999, Figure 1 (Estévez & Nordlund's networks/befig1.txt): 1-4 a clique, 5-10 tied to the core only.
BEFIG1 = [(1, 2), (1, 3), (1, 4), (1, 5), (2, 3), (2, 4), (2, 6), (2, 7), (2, 8), (3, 4), (3, 8), (3, 9),
          (4, 5), (4, 10)]

# Galtung's feudal interaction structure (Estévez & Nordlund's networks/galtung.txt): a ring of four
# centres, each with its own periphery.
GALTUNG = [("c1", "c2"), ("c2", "c3"), ("c3", "c4"), ("c1", "c4"), ("c1", "p11"), ("c1", "p12"),
           ("c2", "p21"), ("c2", "p22"), ("c3", "p31"), ("c3", "p32"), ("c3", "p33"), ("c4", "p41"),
           ("c4", "p42")]
GALTUNG_ACTORS = ["c1", "c2", "c3", "c4", "p11", "p12", "p21", "p22", "p31", "p32", "p33", "p41", "p42"]


def all_splits(n, chunk=1 << 16):
    """Every split with a non-empty core and periphery, as boolean rows, in chunks."""
    for start in range(1, 2 ** n - 1, chunk):
        masks = np.arange(start, min(start + chunk, 2 ** n - 1))
        yield ((masks[:, None] >> np.arange(n)) & 1).astype(bool)


def split_sums(a, core, directed):
    """Ties and squared ties inside the core and inside the periphery, and their pairs, for each split."""
    c = core.astype(float)
    p = 1.0 - c
    halve = 1.0 if directed else 0.5

    def inside(side, values):
        return np.einsum("ki,ij,kj->k", side, values, side) * halve

    k = c.sum(1)
    m = a.shape[0] - k
    return (inside(c, a), inside(p, a), inside(c, a * a), inside(p, a * a),
            k * (k - 1) * halve, m * (m - 1) * halve)


def correlation_from_sums(n, sx, sxx, sy, syy, sxy):
    with np.errstate(divide="ignore", invalid="ignore"):
        return (n * sxy - sx * sy) / np.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy))


def fits(a, core, directed, model):
    """Correlation of the ties `a` (diagonal 0; 0/1 or weights) with each split's pattern under `model`."""
    n = a.shape[0]
    pairs = n * (n - 1) * (1.0 if directed else 0.5)
    total = a.sum() * (1.0 if directed else 0.5)
    squares = (a * a).sum() * (1.0 if directed else 0.5)
    ties_cc, ties_pp, squares_cc, squares_pp, pairs_cc, pairs_pp = split_sums(a, core, directed)
    if model == "ideal":
        touching = pairs - pairs_pp
        return correlation_from_sums(pairs, touching, touching, total, squares, total - ties_pp)
    within = pairs_cc + pairs_pp
    return correlation_from_sums(within, pairs_cc, pairs_cc, ties_cc + ties_pp, squares_cc + squares_pp, ties_cc)


def best_splits(a, directed, model):
    """The best fit over every split, and every split that reaches it (1e-12)."""
    n = a.shape[0]
    best, found = -np.inf, []
    for masks in all_splits(n):
        f = np.nan_to_num(fits(a, masks, directed, model), nan=-np.inf)
        top = f.max()
        if top > best + 1e-12:
            best, found = top, []
        if top >= best - 1e-12:
            found += [m for m in masks[f >= best - 1e-12]]
    return float(best), found


def densities(a, core):
    c, p = core, ~core

    def block(r, s, same):
        cells = r.sum() * (s.sum() - 1) if same else r.sum() * s.sum()
        return float(a[np.ix_(r, s)].sum() / cells)

    return {"core": block(c, c, True), "coreToPeriphery": block(c, p, False),
            "peripheryToCore": block(p, c, False), "periphery": block(p, p, True)}


def minres(a):
    """Coreness minimising the sum over pairs i != j of (a_ij - c_i c_j)^2; Σc² = 1, core positive."""
    n = a.shape[0]
    i, j = np.where(~np.eye(n, dtype=bool))
    start = a.sum(0) + a.sum(1) + 0.1
    result = least_squares(lambda c: a[i, j] - c[i] * c[j], start / np.linalg.norm(start),
                           xtol=1e-15, ftol=1e-15, gtol=1e-15, max_nfev=100000)
    c = result.x / np.linalg.norm(result.x)
    c = c if c[np.argmax(np.abs(c))] > 0 else -c
    ordered = float(np.corrcoef(a[i, j], c[i] * c[j])[0, 1])
    symmetrised = (a + a.T) / 2
    return c, ordered, float(np.corrcoef(symmetrised[i, j], c[i] * c[j])[0, 1])


def half_unit(x):
    """Half a unit of the last decimal printed: the tolerance of a published, rounded number."""
    decimals = len(repr(float(x)).split(".")[1].rstrip("0")) if float(x) != int(x) else 0
    return 0.5 * 10 ** -decimals + 1e-12


def check(published, reference):
    """The exhaustive optimum is the published one, to the published precision: same network, same model."""
    for model in ("ideal", "ignore"):
        if model not in published:
            continue
        found = reference[model]
        assert [sorted(published[model]["core"])] == found["cores"], (model, found["cores"])
        if "fit" in published[model]:
            assert abs(found["fit"] - published[model]["fit"]) <= half_unit(published[model]["fit"]), model
    for block, value in published.get("densities", {}).items():
        assert abs(reference["publishedCore"]["densities"][block] - value) <= half_unit(value), block
    if "continuous" in published:
        assert abs(reference["continuous"]["fitOfSymmetrisedTies"] - published["continuous"]["fit"]) <= 5e-4
        for v, x in published["continuous"]["coreness"].items():
            assert abs(reference["continuous"]["coreness"][v] - x) <= 5e-4 + 1e-6, v


def matrix_from_edges(actors, edges, directed):
    index = {v: k for k, v in enumerate(actors)}
    a = np.zeros((len(actors), len(actors)))
    for u, v in edges:
        a[index[u], index[v]] = 1
        if not directed:
            a[index[v], index[u]] = 1
    return a


def write(name, actors, a, directed, published, weights=None):
    links = []
    for i in range(len(actors)):
        for j in range(len(actors)):
            if i != j and a[i, j] and (directed or i < j):
                link = {"source": actors[i], "target": actors[j]}
                if weights is not None:
                    link["weight"] = float(weights[i, j])
                links.append(link)
    reference = {}
    for model in ("ideal", "ignore"):
        fit, splits = best_splits(a, directed, model)
        reference[model] = {"fit": fit, "cores": [sorted(actors[v] for v in np.flatnonzero(s)) for s in splits]}
    core = np.array([v in published["core"] for v in actors]) if "core" in published else None
    if core is not None:
        reference["publishedCore"] = {
            model: float(fits(a, core[None, :], directed, model)[0]) for model in ("ideal", "ignore")
        }
        reference["publishedCore"]["densities"] = densities(a, core)
    if weights is not None:
        # The citation counts themselves as ties (Catalyse's ties: "weight"), both models.
        valued = np.where(a > 0, weights, 0.0)
        np.fill_diagonal(valued, 0)
        reference["weighted"] = {}
        for model in ("ideal", "ignore"):
            fit, splits = best_splits(valued, directed, model)
            reference["weighted"][model] = {
                "fit": fit, "cores": [sorted(actors[v] for v in np.flatnonzero(s)) for s in splits]}
    c, ordered, symmetrised = minres(a)
    reference["continuous"] = {"coreness": {v: float(x) for v, x in zip(actors, c)}, "fit": ordered,
                               "fitOfSymmetrisedTies": symmetrised}
    check(published, reference)
    doc = {"name": name, "networkx": "", "directed": directed, "sources": published.pop("sources"),
           "actors": [{"id": v} for v in actors], "links": links, "published": published,
           "reference": reference}
    with open(os.path.join(OUT, f"published-{name}.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(name, json.dumps({k: v for k, v in reference.items() if k != "continuous"}))


def main():
    os.makedirs(OUT, exist_ok=True)
    en = ("Estévez & Nordlund (2025), Social Networks 81:31-51; "
          "github eutanatos/Borgatti-Everett_core-periphery_model_revision, socnet output.csv")

    befig1 = [str(v) for v in range(1, 11)]
    write("befig1", befig1, matrix_from_edges(befig1, [(str(u), str(v)) for u, v in BEFIG1], False), False, {
        "sources": ["Borgatti & Everett (1999), Social Networks 21:375-395, Figure 1", en],
        "ignore": {"fit": 1, "core": ["1", "2", "3", "4"]},
        "ideal": {"fit": 0.5324, "core": ["2", "3", "4"]},
        "core": ["1", "2", "3", "4"],
    })

    write("galtung", GALTUNG_ACTORS, matrix_from_edges(GALTUNG_ACTORS, GALTUNG, False), False, {
        "sources": ["Galtung's feudal interaction structure as analysed by " + en],
        "ignore": {"fit": 0.7947, "core": ["c1", "c2", "c3", "c4"]},
        "ideal": {"fit": 0.414, "core": ["c1", "c2", "c3", "c4"]},
        "core": ["c1", "c2", "c3", "c4"],
    })

    journals = list(BAKER)
    counts = np.array([BAKER[j] for j in journals], dtype=float)
    ties = (counts > 0).astype(float)
    np.fill_diagonal(ties, 0)
    baker_sources = ["Baker (1992), Journal of Social Service Research 15(3-4):153-168; matrix of R package "
                     "blockmodeling, data(baker) (github rforge/blockmodeling, pkg/blockmodeling/data/baker.rda)"]
    write("baker-directed", journals, ties, True, {
        "sources": baker_sources + [
            "Borgatti, Everett & Johnson, Analyzing Social Networks, §12.8, Figure 12.10 and Table 12.2, as "
            "asserted by github StephenBorgatti/xucinet, tests/testthat/test-xcoreperiphery.R"],
        "ignore": {"core": ["CW", "JSWE", "SCW", "SSR", "SW", "SWRA"]},
        "densities": {"core": 0.93, "coreToPeriphery": 0.21, "peripheryToCore": 0.39, "periphery": 0.04},
        "core": ["CW", "JSWE", "SCW", "SSR", "SW", "SWRA"],
    }, weights=counts)

    either = ((ties + ties.T) > 0).astype(float)
    write("baker-symmetrised", journals, either, False, {
        "sources": baker_sources + [en],
        "ignore": {"fit": 0.8596, "core": ["CW", "CYSR", "JSWE", "SCW", "SSR", "SW", "SWRA"]},
        "ideal": {"fit": 0.54, "core": ["CYSR", "JSWE", "SCW", "SSR", "SW"]},
        "core": ["CW", "CYSR", "JSWE", "SCW", "SSR", "SW", "SWRA"],
    })

    people = list(CAMPNET)
    campnet = matrix_from_edges(people, [(u, v) for u in people for v in CAMPNET[u]], True)
    write("campnet", people, campnet, True, {
        "sources": ["UCINET's campnet (Borgatti_Camp92, MostInteractionsT3, ranks 1-3, xUCINET's data); UCINET "
                    "6.849's output as recorded in github StephenBorgatti/xucinet, "
                    "tests/testthat/_snaps/xcoreperiphery.md"],
        "ignore": {"fit": 0.36, "core": ["LEE", "STEVE", "BERT", "RUSS"]},
        "densities": {"core": 0.833, "coreToPeriphery": 0.036, "peripheryToCore": 0.107, "periphery": 0.198},
        "continuous": {
            "fit": 0.327,
            "coreness": {"HOLLY": 0.257, "BRAZEY": 0.011, "CAROL": 0.296, "PAM": 0.508, "PAT": 0.353,
                         "JENNIE": 0.385, "PAULINE": 0.377, "ANN": 0.334, "MICHAEL": 0.122, "BILL": 0.053,
                         "LEE": 0.016, "DON": 0.147, "JOHN": 0.061, "HARRY": 0.118, "GERY": 0.038,
                         "STEVE": 0.026, "BERT": 0.022, "RUSS": 0.032},
        },
        "core": ["LEE", "STEVE", "BERT", "RUSS"],
    })


if __name__ == "__main__":
    main()
