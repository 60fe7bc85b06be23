#!/usr/bin/python3
"""NetworkX and igraph times on a benchmark graph, for context in the tables.

Usage: /usr/bin/python3 python/reference_times.py EDGE_LIST METRIC[,METRIC...] [--runs N] [--weighted]

Reads the edge list written by graphs/territory.ts ("source target weight"
lines) and prints one JSON object: {metric: {"networkx": ms | null,
"networkxEstimated": bool, "igraph": ms | null}} (medians over --runs).

NetworkX on graphs above NX_FULL_LIMIT actors: betweenness, closeness and
harmonic centrality are timed on NX_SAMPLE sources and scaled by n / sample
(the per-source work is the same single-source search), marked estimated.
igraph always runs in full (its C core is single-threaded).
"""
import json
import statistics
import sys
import time

import igraph
import networkx as nx

NX_FULL_LIMIT = 2_000
NX_SAMPLE = 100


def read(path):
    n = None
    edges = []
    with open(path) as f:
        for line in f:
            if line.startswith("#"):
                n = int(line.split()[1].split("=")[1])
                continue
            s, t, w = line.split()
            edges.append((int(s), int(t), float(w)))
    g = nx.Graph()
    g.add_nodes_from(range(n))
    for s, t, w in edges:
        g.add_edge(s, t, weight=w, distance=1.0 / w)
    h = igraph.Graph(n=n, edges=[(s, t) for s, t, _ in edges])
    h.es["weight"] = [w for _, _, w in edges]
    h.es["distance"] = [1.0 / w for _, _, w in edges]
    return g, h


def timed(fn, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def networkx_call(g, metric, weighted):
    w = "weight" if weighted else None
    n = len(g)
    sample = list(g)[:NX_SAMPLE]
    big = n > NX_FULL_LIMIT
    if metric == "betweenness":
        if big:
            return (lambda: nx.betweenness_centrality(g, k=NX_SAMPLE, seed=1)), n / NX_SAMPLE
        return (lambda: nx.betweenness_centrality(g)), 1
    if metric == "betweennessWeighted":
        if big:
            return (lambda: nx.betweenness_centrality(g, k=NX_SAMPLE, seed=1, weight="distance")), n / NX_SAMPLE
        return (lambda: nx.betweenness_centrality(g, weight="distance")), 1
    if metric == "closeness":
        if big:
            return (lambda: [nx.closeness_centrality(g, u=u) for u in sample]), n / NX_SAMPLE
        return (lambda: nx.closeness_centrality(g)), 1
    if metric == "harmonic":
        if big:
            return (lambda: nx.harmonic_centrality(g, sources=sample)), n / NX_SAMPLE
        return (lambda: nx.harmonic_centrality(g)), 1
    if metric == "pagerank":
        return (lambda: nx.pagerank(g, weight=w)), 1
    if metric == "pagerank-exact":
        return (lambda: nx.pagerank(g, weight=w, tol=1e-12, max_iter=100000)), 1
    if metric == "eigenvector":
        return (lambda: nx.eigenvector_centrality_numpy(g, weight=w)), 1
    if metric == "core":
        return (lambda: nx.core_number(g)), 1
    if metric == "clustering":
        return (lambda: nx.clustering(g)), 1
    if metric == "transitivity":
        return (lambda: nx.transitivity(g)), 1
    return None, 1


def igraph_call(h, metric, weighted):
    w = "weight" if weighted else None
    calls = {
        "betweenness": lambda: h.betweenness(directed=False),
        "betweennessWeighted": lambda: h.betweenness(directed=False, weights="distance"),
        "closeness": lambda: h.closeness(),
        "harmonic": lambda: h.harmonic_centrality(),
        "pagerank": lambda: h.pagerank(weights=w),
        "pagerank-exact": lambda: h.pagerank(weights=w),
        "eigenvector": lambda: h.eigenvector_centrality(weights=w),
        "core": lambda: h.coreness(),
        "clustering": lambda: h.transitivity_local_undirected(mode="zero"),
        "transitivity": lambda: h.transitivity_undirected(),
    }
    return calls.get(metric)


def main():
    path, metrics = sys.argv[1], sys.argv[2].split(",")
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
    weighted = "--weighted" in sys.argv
    g, h = read(path)
    result = {}
    for metric in metrics:
        fn, scale = networkx_call(g, metric, weighted)
        ig = igraph_call(h, metric, weighted)
        # igraph's exact betweenness on large graphs is minutes: one run is enough there.
        ig_runs = 1 if metric.startswith("betweenness") and len(g) > 5_000 else runs
        result[metric] = {
            "networkx": timed(fn, 1 if scale > 1 else runs) * scale if fn else None,
            "networkxEstimated": scale > 1,
            "igraph": timed(ig, ig_runs) if ig else None,
        }
        print(f"  python {metric}: {result[metric]}", file=sys.stderr)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
