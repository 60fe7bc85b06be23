#!/usr/bin/python3
"""Reference values for the multiplex layers (one network per link type) from
NetworkX 2.8: per type, the subgraph of its links and their actors
(`G.edge_subgraph`), its density (`nx.density`), Freeman degree and
betweenness centralization (definitions.freeman over `nx.degree`,
`nx.betweenness_centrality`), effective brokers (definitions.effective_brokers),
top 3 brokers; Jaccard overlaps of link sets and of top-broker sets; the kinds
of alliance each actor spans.

Run with Debian's python3-networkx:  /usr/bin/python3 scripts/reference/multiplex.py
Writes packages/core/test/fixtures/multiplex/*.json.
"""
import itertools
import json
import os
import random

import networkx as nx

from definitions import effective_brokers, freeman

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "packages", "core", "test", "fixtures", "multiplex")
TYPES = ["funding", "governance", "project", "information"]


def jaccard(a, b):
    a, b = set(a), set(b)
    return None if not (a | b) else len(a & b) / len(a | b)


def layer_figures(g, t):
    edges = [(u, v) for u, v, d in g.edges(data=True) if t in d["types"]]
    h = g.edge_subgraph(edges)
    n = h.number_of_nodes()
    bc = nx.betweenness_centrality(h)
    order = sorted((v for v in h.nodes if bc[v] > 0), key=lambda v: (-bc[v], list(h.nodes).index(v)))
    return {
        "type": t,
        "links": h.number_of_edges(),
        "actors": n,
        "density": nx.density(h) if n >= 2 else None,
        "centralization": {
            "degree": freeman([d for _, d in h.degree()], "degree", n),
            "betweenness": freeman(list(bc.values()), "betweenness", n),
        },
        "effectiveBrokers": effective_brokers(list(bc.values())),
        "topBrokers": order[:3],
    }, set(frozenset(e) for e in edges)


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = random.Random(12)
    ids = ["__proto__", "constructor"] + [f"a{k}" for k in range(22)] + ["isolé"]
    g = nx.Graph()
    g.add_nodes_from(ids)
    # Each kind of alliance rests on its own hubs, so the layers share few brokers.
    for k, t in enumerate(TYPES):
        hubs = ids[2 * k: 2 * k + 2]
        for v in rng.sample(ids[:-1], 9):
            for hub in hubs:
                if v != hub and rng.random() < 0.7:
                    d = g.get_edge_data(v, hub)
                    if d is None:
                        g.add_edge(v, hub, types=[t])
                    elif t not in d["types"]:
                        d["types"].append(t)
    # Some alliances are of two kinds at once, so the link sets overlap.
    for u, v in rng.sample(sorted(g.edges), 6):
        extra = rng.choice([t for t in TYPES if t not in g[u][v]["types"]])
        g[u][v]["types"].append(extra)
    g.add_edge("x1", "x2", types=["project"])  # a second component
    layers, link_sets = zip(*(layer_figures(g, t) for t in TYPES))
    overlaps = []
    for (x, a), (y, b) in itertools.combinations(enumerate(TYPES), 2):
        overlaps.append({"a": a, "b": b, "links": jaccard(link_sets[x], link_sets[y]) or 0,
                         "brokers": jaccard(layers[x]["topBrokers"], layers[y]["topBrokers"])})
    spanned = {v: sum(1 for s in link_sets if any(v in e for e in s)) for v in g.nodes}
    links = []
    for u, v, d in g.edges(data=True):
        for t in d["types"]:  # one row per type: parallel rows merge, keeping every type
            links.append({"source": u, "target": v, "type": t})
    doc = {
        "name": "four-kinds",
        "networkx": nx.__version__,
        "directed": False,
        "actors": [{"id": v} for v in g.nodes],
        "links": links,
        "expected": {"layers": list(layers), "overlaps": overlaps, "typesSpanned": spanned},
    }
    with open(os.path.join(OUT, "four-kinds.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
