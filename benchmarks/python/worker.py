#!/usr/bin/python3
"""igraph and NetworkX as benchmark contenders, one timed call at a time.

The runner (lib/python-worker.ts) starts this process once and sends one JSON
command per line on stdin; each answer is one JSON line on stdout. Keeping the
graphs loaded here lets the runner interleave igraph and NetworkX with the
JavaScript contenders repetition by repetition, so a burst of load hits every
contender alike.

Commands:
  {"cmd": "load", "graph": NAME, "path": EDGE_LIST, "weighted": BOOL}
      -> {"ok": true}
  {"cmd": "time", "graph": NAME, "tool": "igraph" | "networkx", "metric": KEY}
      -> {"ms": WALL_MS, "scale": S, "quality": Q | null} or {"ms": null} when the tool lacks KEY
  {"cmd": "quit"}

Times are time.perf_counter() around the call only (the graph is built once at
load), except for keys ending in "+load", which build the tool's graph from
the edge list held in memory inside the timed call ("load included").

NetworkX is left out above NX_MAX_ORDER actors. Its betweenness, closeness
and harmonic centrality on graphs above NX_FULL_LIMIT actors run from NX_SAMPLE sources and are scaled by n / sample
(every source's search covers the same connected graph): the answer's "scale"
says so and the table marks the figure "≈".
"""
import json
import sys
import time

import igraph
import networkx as nx

NX_FULL_LIMIT = 2_000
NX_SAMPLE = 20
# Above this, NetworkX's pure-Python metrics take tens of seconds a call: left out.
NX_MAX_ORDER = 20_000

graphs = {}


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
    return n, edges


def to_igraph(n, edges):
    h = igraph.Graph(n=n, edges=[(s, t) for s, t, _ in edges])
    h.es["weight"] = [w for _, _, w in edges]
    h.es["distance"] = [1.0 / w for _, _, w in edges]
    return h


def to_networkx(n, edges):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    for s, t, w in edges:
        g.add_edge(s, t, weight=w, distance=1.0 / w)
    return g


def igraph_call(entry, metric):
    h = entry["igraph"]
    w = "weight" if entry["weighted"] else None
    n, edges = entry["n"], entry["edges"]
    calls = {
        "betweenness": lambda: h.betweenness(directed=False),
        "betweenness+load": lambda: to_igraph(n, edges).betweenness(directed=False),
        "betweennessWeighted": lambda: h.betweenness(directed=False, weights="distance"),
        "closeness": lambda: h.closeness(),
        "harmonic": lambda: h.harmonic_centrality(),
        "pagerank-exact": lambda: h.pagerank(weights=w),
        "eigenvector": lambda: h.eigenvector_centrality(weights=w),
        "core": lambda: h.coreness(),
        "clustering": lambda: h.transitivity_local_undirected(mode="zero"),
        "transitivity": lambda: h.transitivity_undirected(),
    }
    fn = calls.get(metric)
    return (fn, 1) if fn else (None, 1)


def networkx_call(entry, metric):
    g = entry["networkx"]
    w = "weight" if entry["weighted"] else None
    n = entry["n"]
    if n > NX_MAX_ORDER:
        return None, 1
    big = n > NX_FULL_LIMIT
    sample = list(range(min(n, NX_SAMPLE)))
    scale = n / len(sample) if big else 1

    def sampled_betweenness(weight):
        # Brandes from the first NX_SAMPLE actors, NetworkX's own kernels (as
        # betweenness_centrality(k=...) does, without the random draw).
        def run():
            from networkx.algorithms.centrality.betweenness import (
                _accumulate_basic,
                _single_source_dijkstra_path_basic,
                _single_source_shortest_path_basic,
            )

            bc = dict.fromkeys(g, 0.0)
            for s in sample:
                if weight is None:
                    S, P, sigma, _ = _single_source_shortest_path_basic(g, s)
                else:
                    S, P, sigma, _ = _single_source_dijkstra_path_basic(g, s, weight)
                bc, _ = _accumulate_basic(bc, S, P, sigma, s)
            return bc

        return run

    if metric in ("betweenness", "betweenness+load"):
        if big:
            return sampled_betweenness(None), scale
        return (lambda: nx.betweenness_centrality(g)), 1
    if metric == "betweennessWeighted":
        if big:
            return sampled_betweenness("distance"), scale
        return (lambda: nx.betweenness_centrality(g, weight="distance")), 1
    if metric == "closeness":
        if big:
            return (lambda: [nx.closeness_centrality(g, u=u) for u in sample]), scale
        return (lambda: nx.closeness_centrality(g)), 1
    if metric == "harmonic":
        if big:
            return (lambda: nx.harmonic_centrality(g, sources=sample)), scale
        return (lambda: nx.harmonic_centrality(g)), 1
    calls = {
        "pagerank": lambda: nx.pagerank(g, weight=w),
        "pagerank-exact": lambda: nx.pagerank(g, weight=w, tol=1e-12, max_iter=100000),
        "eigenvector": lambda: nx.eigenvector_centrality_numpy(g, weight=w),
        "core": lambda: nx.core_number(g),
        "clustering": lambda: nx.clustering(g),
        "transitivity": lambda: nx.transitivity(g),
    }
    fn = calls.get(metric)
    return (fn, 1) if fn else (None, 1)


def handle(command):
    cmd = command["cmd"]
    if cmd == "load":
        n, edges = read(command["path"])
        graphs[command["graph"]] = {
            "n": n,
            "edges": edges,
            "weighted": command["weighted"],
            "igraph": to_igraph(n, edges),
            "networkx": to_networkx(n, edges),
        }
        return {"ok": True}
    if cmd == "time":
        entry = graphs[command["graph"]]
        picker = igraph_call if command["tool"] == "igraph" else networkx_call
        fn, scale = picker(entry, command["metric"])
        if fn is None:
            return {"ms": None}
        start = time.perf_counter()
        fn()
        ms = (time.perf_counter() - start) * 1000
        return {"ms": ms * scale, "scale": scale}
    raise ValueError(f"unknown command {cmd!r}")


def main():
    for line in sys.stdin:
        command = json.loads(line)
        if command["cmd"] == "quit":
            break
        try:
            answer = handle(command)
        except Exception as error:  # reported to the runner, which stops with it
            answer = {"error": f"{type(error).__name__}: {error}"}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
