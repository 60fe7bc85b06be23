#!/usr/bin/python3
"""Reference values for the core–periphery models of Borgatti & Everett (1999).

Neither NetworkX nor sna implements them, so the reference is computed here
from the definitions, independently of the TypeScript search:
- discrete: every split of the actors is tried (graphs of at most 16 actors),
  the fit being the Pearson correlation over the pairs i != j between the ties
  and the ideal pattern delta_ij = 1 when i or j is in the core;
- continuous: the minimum-residual coreness (min over c of the sum over the
  pairs i != j of (a_ij - c_i c_j)^2) by scipy's least squares, and the
  correlation between a_ij and c_i c_j there; coreness scaled to sum c^2 = 1,
  core positive. (Maximising that correlation directly has no interior optimum
  on the Florentine families: the supremum is approached as the Medici's
  coreness dominates, which is why Catalyse fits MINRES and reports the
  correlation.)

Run with Debian's python3-networkx (and python3-scipy):
  /usr/bin/python3 scripts/reference/core-periphery.py
Writes packages/core/test/fixtures/core-periphery/*.json.
"""
import itertools
import json
import os

import networkx as nx
import numpy as np
from scipy.optimize import least_squares

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "packages", "core", "test", "fixtures", "core-periphery")


def pairs(g):
    nodes = list(g.nodes)
    if g.is_directed():
        return [(i, j) for i in range(len(nodes)) for j in range(len(nodes)) if i != j]
    return [(i, j) for i in range(len(nodes)) for j in range(i + 1, len(nodes))]


def tie_vector(g):
    nodes = list(g.nodes)
    return np.array([1.0 if g.has_edge(nodes[i], nodes[j]) else 0.0 for i, j in pairs(g)])


def correlation(a, b):
    if np.std(a) == 0 or np.std(b) == 0:
        return None
    return float(np.corrcoef(a, b)[0, 1])


def best_split(g):
    n = g.number_of_nodes()
    a = tie_vector(g)
    index = np.array(pairs(g))
    best, best_core = None, None
    for mask in range(1, 2 ** n - 1):
        core = np.array([(mask >> v) & 1 for v in range(n)], dtype=bool)
        delta = (core[index[:, 0]] | core[index[:, 1]]).astype(float)
        r = correlation(a, delta)
        if r is not None and (best is None or r > best + 1e-12):
            best, best_core = r, core
    nodes = list(g.nodes)
    return best, sorted(str(nodes[v]) for v in range(n) if best_core[v])


def best_coreness(g):
    """MINRES coreness: min sum over pairs i != j of (a_ij - c_i c_j)^2, by scipy's least squares
    from the degrees; the fit is the correlation between a_ij and c_i c_j at that optimum."""
    n = g.number_of_nodes()
    a = tie_vector(g)
    index = np.array(pairs(g))
    degrees = np.array([d for _, d in (g.to_undirected().degree())], dtype=float) + 0.1
    result = least_squares(lambda c: a - c[index[:, 0]] * c[index[:, 1]], degrees / np.linalg.norm(degrees),
                           xtol=1e-15, ftol=1e-15, gtol=1e-15, max_nfev=100000)
    c = result.x / np.sqrt(np.sum(result.x ** 2))
    if c[np.argmax(np.abs(c))] < 0:
        c = -c
    return correlation(a, c[index[:, 0]] * c[index[:, 1]]), {str(v): float(x) for v, x in zip(g.nodes, c)}


def write(name, g, discrete=True):
    doc = {
        "name": name,
        "networkx": nx.__version__,
        "directed": g.is_directed(),
        "actors": [{"id": str(v)} for v in g.nodes],
        "links": [{"source": str(u), "target": str(v)} for u, v in g.edges],
        "expected": {},
    }
    if discrete:
        fit, core = best_split(g)
        doc["expected"]["discrete"] = {"fit": fit, "core": core}
    fit, coreness = best_coreness(g)
    doc["expected"]["continuous"] = {"fit": fit, "coreness": coreness}
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)


def main():
    os.makedirs(OUT, exist_ok=True)
    # Borgatti & Everett's idealised core/periphery structure: core actors tied to
    # everyone, peripheral actors only to the core (fit 1 in the discrete model).
    ideal = nx.Graph()
    core = ["c1", "c2", "c3", "c4"]
    periphery = ["p1", "p2", "p3", "p4", "p5", "p6"]
    ideal.add_nodes_from(core + periphery)
    ideal.add_edges_from(itertools.combinations(core, 2))
    ideal.add_edges_from(itertools.product(core, periphery))
    write("idealised", ideal)

    write("florentine-families", nx.florentine_families_graph())

    g = nx.gnp_random_graph(12, 0.3, seed=4)
    g = nx.relabel_nodes(g, {0: "__proto__", 1: "constructor", 2: "toString"})
    g.add_edges_from([("x", "y")])  # a second component
    g.add_node("isolé")
    write("odd-ids-disconnected", g)

    write("directed-12", nx.gnp_random_graph(12, 0.25, seed=9, directed=True))
    write("karate", nx.karate_club_graph(), discrete=False)


if __name__ == "__main__":
    main()
