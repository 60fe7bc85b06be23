#!/usr/bin/python3
"""Reference values for the centrality suite from NetworkX (and igraph where
NetworkX misses floating-point ties in weighted betweenness).

Run with Debian's python3-networkx:  /usr/bin/python3 scripts/reference/centrality.py
Writes packages/core/test/fixtures/centrality/*.json, one territory per file,
in the format of packages/core/test/helpers/fixture-territory.ts plus
`expected.actors.<metric>` (id -> value) and `expected.graph`.

Calls (NetworkX 2.8), matching packages/core/src/centrality/*:
  betweenness          nx.betweenness_centrality(G)
  betweennessWeighted  nx.betweenness_centrality(G, weight="distance"), distance = 1/weight;
                       replaced by igraph's (which counts ties within 1e-10) when they differ
  closeness            nx.closeness_centrality(G)
  harmonic             nx.harmonic_centrality(G) / (n - 1)   (0 when n = 1)
  pagerank             nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-12, max_iter=100000)
  eigenvector          nx.eigenvector_centrality_numpy(G, weight="weight") on connected graphs
                       with n >= 3; otherwise the documented per-component definition
                       (src/centrality/eigenvector.ts), computed with dense numpy
  core                 nx.core_number(G)
  clustering           nx.clustering(G)
  graph.averageClustering  nx.average_clustering(G)  (None for an empty graph)
  graph.transitivity       nx.transitivity(G) (successors only when directed, as NetworkX 2.8)
"""
import csv
import glob
import json
import os
import random

import igraph
import networkx as nx
import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "packages", "core", "test", "fixtures", "centrality")


def with_distance(g):
    for u, v, d in g.edges(data=True):
        d["distance"] = 1.0 / d.get("weight", 1)
    return g


def igraph_weighted_betweenness(g):
    nodes = list(g)
    pos = {v: i for i, v in enumerate(nodes)}
    h = igraph.Graph(n=len(nodes), edges=[(pos[u], pos[v]) for u, v in g.edges()], directed=g.is_directed())
    h.es["distance"] = [d["distance"] for _, _, d in g.edges(data=True)]
    raw = h.betweenness(weights="distance", directed=g.is_directed())
    n = len(nodes)
    # igraph counts an undirected pair once; NetworkX's raw sums count it from both ends.
    factor = 0.0 if n <= 2 else (1.0 if g.is_directed() else 2.0) / ((n - 1) * (n - 2))
    return {v: raw[pos[v]] * factor for v in nodes}


def perron(matrix):
    """Unit, positive Perron vector and spectral radius of a non-negative matrix (dense)."""
    values, vectors = np.linalg.eig(matrix)
    k = int(np.argmax(values.real))
    vec = vectors[:, k].real
    vec = vec / (np.sign(vec.sum()) * np.linalg.norm(vec))
    return vec, values[k].real


def eigenvector_reference(g):
    n = len(g)
    connected = n > 0 and (nx.is_weakly_connected(g) if g.is_directed() else nx.is_connected(g))
    if connected and n >= 3 and g.number_of_edges() > 0:
        return nx.eigenvector_centrality_numpy(g, weight="weight"), "networkx"
    # Per component (documented definition): leading components share the unit norm.
    comps = list(nx.weakly_connected_components(g) if g.is_directed() else nx.connected_components(g))
    parts = []
    for comp in comps:
        nodes = [v for v in g if v in comp]
        a = nx.to_numpy_array(g, nodelist=nodes, weight="weight").T
        vec, radius = perron(a)
        parts.append((nodes, vec, radius))
    largest = max((r for _, _, r in parts), default=0)
    leading = [p for p in parts if p[2] >= largest * (1 - 1e-6)]
    total = sum(len(nodes) for nodes, _, _ in leading)
    result = {v: 0.0 for v in g}
    for nodes, vec, radius in leading:
        for v, x in zip(nodes, vec):
            result[v] = float(x) * (len(nodes) / total) ** 0.5
    return result, "per-component"


def metrics(g):
    n = len(g)
    with_distance(g)
    notes = []
    bw = nx.betweenness_centrality(g, weight="distance")
    if n > 0:
        bi = igraph_weighted_betweenness(g)
        if any(abs(bw[v] - bi[v]) > 1e-9 + 1e-9 * abs(bi[v]) for v in g):
            notes.append("betweennessWeighted from igraph: NetworkX misses floating-point ties")
            bw = bi
    harmonic = nx.harmonic_centrality(g)
    eig, eig_source = eigenvector_reference(g)
    notes.append("eigenvector: " + eig_source)
    actors = {
        "betweenness": nx.betweenness_centrality(g),
        "betweennessWeighted": bw,
        "closeness": nx.closeness_centrality(g),
        "harmonic": {v: (h / (n - 1) if n > 1 else 0.0) for v, h in harmonic.items()},
        "pagerank": nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-12, max_iter=100000) if n else {},
        "eigenvector": eig,
        "core": nx.core_number(g),
        "clustering": nx.clustering(g),
    }
    graph = {
        "averageClustering": nx.average_clustering(g) if n else None,
        "transitivity": nx.transitivity(g),
    }
    actors = {name: {str(v): float(x) for v, x in values.items()} for name, values in actors.items()}
    return {"actors": actors, "graph": graph}, notes


def write(name, g, description):
    expected, notes = metrics(g)
    doc = {
        "name": name,
        "description": description,
        "networkx": nx.__version__,
        "igraph": igraph.__version__,
        "notes": notes,
        "directed": g.is_directed(),
        "actors": [{"id": str(v)} for v in g.nodes],
        "links": [
            {"source": str(u), "target": str(v), "weight": d.get("weight", 1)} for u, v, d in g.edges(data=True)
        ],
        "expected": expected,
    }
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=None, separators=(",", ":"))
        f.write("\n")
    print(name, len(g), g.number_of_edges(), notes)


def read_dataset(folder):
    """A territory folder (actors.csv, links.csv) as createTerritory builds it:
    parallel links merged with weights summed, self-loops dropped."""
    with open(os.path.join(folder, "territory.json"), encoding="utf-8") as f:
        meta = json.load(f)
    g = nx.DiGraph() if meta.get("directed") else nx.Graph()
    with open(os.path.join(folder, "actors.csv"), encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            g.add_node(row["id"].strip())
    with open(os.path.join(folder, "links.csv"), encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            u, v = row["source"].strip(), row["target"].strip()
            w = float(row["weight"]) if row.get("weight", "").strip() else 1.0
            if u == v:
                continue
            if g.has_edge(u, v):
                g[u][v]["weight"] += w
            else:
                g.add_edge(u, v, weight=w)
    return g, meta.get("name", os.path.basename(folder))


def relabel(g, prefix):
    return nx.relabel_nodes(g, {v: f"{prefix}{v}" for v in g}, copy=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = random.Random(2024)

    # Weighted: Les Misérables co-appearances (weights 1..31, ties in 1/w sums are rare but possible).
    write("les-miserables-weighted", nx.les_miserables_graph(), "Les Misérables co-appearances, weighted")

    # Disconnected: karate club + a path + a triangle, unit weights.
    g = relabel(nx.karate_club_graph(), "k")
    for u, v, d in g.edges(data=True):
        d["weight"] = 1
    g.add_edges_from([("p0", "p1"), ("p1", "p2"), ("p2", "p3"), ("p3", "p4")], weight=1)
    g.add_edges_from([("t0", "t1"), ("t1", "t2"), ("t2", "t0")], weight=2)
    write("disconnected", g, "karate club, a 5-path and a weighted triangle")

    # Isolates: a sparse random graph whose giant component sits beside isolates.
    g = nx.gnp_random_graph(40, 0.06, seed=3)
    for u, v, d in g.edges(data=True):
        d["weight"] = rng.choice([1, 2, 3, 4])
    g.add_nodes_from([100, 101, 102])
    write("isolates", relabel(g, "n"), "G(40, 0.06) with weights 1-4 and three extra isolates")

    write("star", relabel(nx.star_graph(8), "s"), "a hub with 8 leaves")
    write("complete", relabel(nx.complete_graph(6), "c"), "K6")
    write("path", relabel(nx.path_graph(12), "p"), "a 12-actor path")

    g = nx.barabasi_albert_graph(2500, 3, seed=42)
    for u, v, d in g.edges(data=True):
        d["weight"] = rng.choice([1, 2, 3, 4, 5])
    write("ba-2500-weighted", relabel(g, "a"), "Barabási–Albert n=2500 m=3, weights 1-5")

    g = nx.Graph()
    g.add_nodes_from(["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "isolé"])
    g.add_weighted_edges_from(
        [("__proto__", "constructor", 2), ("constructor", "toString", 1), ("toString", "__proto__", 1),
         ("toString", "hasOwnProperty", 3), ("hasOwnProperty", "valueOf", 1), ("valueOf", "__proto__", 0.5)]
    )
    write("proto-ids", g, "ids that are Object.prototype keys, and an isolate")

    # Ties NetworkX misses: a-b-c-d at weight 3 (1/3+1/3+1/3) against a-d at weight 1.
    g = nx.Graph()
    g.add_weighted_edges_from(
        [("a", "b", 3), ("b", "c", 3), ("c", "d", 3), ("a", "d", 1), ("d", "e", 1), ("a", "f", 1), ("f", "g", 10)]
    )
    write("weighted-ties", g, "weighted path lengths 1/3+1/3+1/3 = 1 that NetworkX misses")

    # Directed: a directed cycle (strongly connected) plus random arcs, some reciprocated.
    g = nx.DiGraph()
    n = 30
    g.add_nodes_from(range(n))
    for i in range(n):
        g.add_edge(i, (i + 1) % n, weight=rng.choice([1, 2, 3]))
    for _ in range(45):
        u, v = rng.randrange(n), rng.randrange(n)
        if u != v and not g.has_edge(u, v):
            g.add_edge(u, v, weight=rng.choice([1, 2, 3]))
    for _ in range(8):
        u, v = rng.choice(list(g.edges()))
        g.add_edge(v, u, weight=rng.choice([1, 2]))
    write("directed", relabel(g, "d"), "a strongly connected directed territory with reciprocated arcs")

    # Directed and not strongly connected, with a sink, a source and an isolate.
    g = nx.gnp_random_graph(25, 0.08, seed=9, directed=True)
    for u, v, d in g.edges(data=True):
        d["weight"] = rng.choice([1, 2])
    g.add_node(99)
    write("directed-sparse", relabel(g, "x"), "G(25, 0.08) directed: dangling actors, weak components")

    write("empty", nx.empty_graph(0), "no actor")
    write("one-actor", relabel(nx.empty_graph(1), "solo"), "one actor")
    g = nx.Graph()
    g.add_edge("u", "v", weight=2)
    write("two-actors", g, "two allied actors")
    write("edgeless", relabel(nx.empty_graph(4), "e"), "four isolates")

    # Issue 19 (conjugate gradients for PageRank, Lanczos per component for eigenvector):
    # graphs where those methods could part from the power iteration. Own RNG, so the
    # fixtures above keep their values.
    extra = random.Random(19)
    # Components of equal spectral radius (two weighted triangles) beside a bipartite star,
    # a path and isolates: the leading components share the vector; isolates are dangling.
    g = nx.Graph()
    g.add_weighted_edges_from([("a0", "a1", 2), ("a1", "a2", 2), ("a2", "a0", 2)])
    g.add_weighted_edges_from([("b0", "b1", 2), ("b1", "b2", 2), ("b2", "b0", 2)])
    g.add_weighted_edges_from([("s0", f"s{i}", 1) for i in range(1, 5)])
    g.add_weighted_edges_from([("p0", "p1", 1), ("p1", "p2", 3)])
    g.add_nodes_from(["i0", "i1"])
    write("tied-components", g, "two equal weighted triangles, a star, a path and two isolates")
    # Two cliques joined by a path: λ1 − λ2 ≈ 0.014, a small gap for Lanczos.
    g = relabel(nx.barbell_graph(6, 2), "b")
    for u, v, d in g.edges(data=True):
        d["weight"] = extra.choice([1, 2, 3])
    write("barbell-weighted", g, "barbell (K6, 2-path, K6) with weights 1-3: a small spectral gap")
    # Many weighted components of every size and isolates.
    g = nx.gnp_random_graph(300, 0.006, seed=19)
    for u, v, d in g.edges(data=True):
        d["weight"] = extra.choice([1, 2, 3, 4, 5])
    write("sparse-components", relabel(g, "r"), "G(300, 0.006) with weights 1-5: trees, small cycles, isolates")
    # Weighted directed with dangling actors (sinks), a source and an isolate.
    g = nx.gnp_random_graph(60, 0.05, seed=190, directed=True)
    for u, v, d in g.edges(data=True):
        d["weight"] = extra.choice([1, 2, 3, 4, 5])
    g.add_node(999)
    write("directed-weighted-dangling", relabel(g, "w"), "G(60, 0.05) directed, weights 1-5: sinks and an isolate")

    # The repository's real and pilot territories, as the CLI reads them.
    root = os.path.join(os.path.dirname(__file__), "..", "..", "datasets")
    for folder in sorted(glob.glob(os.path.join(root, "classic", "*")) + glob.glob(os.path.join(root, "pilots", "*"))):
        if os.path.isdir(folder):
            g, title = read_dataset(folder)
            write("dataset-" + os.path.basename(folder), g, f"datasets/{os.path.relpath(folder, root)}: {title}")


if __name__ == "__main__":
    main()
