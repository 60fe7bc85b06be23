#!/usr/bin/env python3
"""Reference values for the "no one in the middle" section (issue 5).

Run with Debian's NetworkX:  PYTHONHASHSEED=0 /usr/bin/python3 scripts/reference/middle.py
(the fixed hash seed fixes set iteration order, hence the last digit of sums)
Writes packages/core/test/fixtures/middle/<graph>.json.

Where NetworkX has the function, the value is NetworkX's:
  nx.constraint, nx.effective_size, nx.attribute_assortativity_coefficient(G, "world"),
  nx.community.modularity(G, worlds, weight="weight"), nx.betweenness_centrality,
  nx.closeness_centrality, nx.articulation_points.
Elsewhere (Freeman centralization, Gini, effective brokers, E-I index, Gould-Fernandez
brokerage, dependence curves, key players, keystones) the value comes from a direct,
brute-force implementation of the definition below, written independently of the
TypeScript code and built on NetworkX's components and betweenness.
"""
import itertools
import json
import math
import os
import random

import networkx as nx

from definitions import best_fragmentation, brokerage, connectivity, effective_brokers, finite, freeman, gini, keystones, targeted_curve, top_share

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "packages", "core", "test", "fixtures", "middle")


def reference(name, G, worlds_order=None, note=""):
    world = nx.get_node_attributes(G, "world")
    order = list(G.nodes)
    n = G.number_of_nodes()
    directed = G.is_directed()
    deg = [G.degree(v) for v in order]
    bc = nx.betweenness_centrality(G)
    cl = nx.closeness_centrality(G)
    bcs = [bc[v] for v in order]
    present = sorted(set(world.values()), key=lambda w: (worlds_order or []).index(w) if w in (worlds_order or []) else 99)
    m = G.number_of_edges()
    external = sum(1 for u, v in G.edges if world[u] != world[v])
    defined = m > 0 and len(present) >= 2
    try:
        assort = nx.attribute_assortativity_coefficient(G, "world") if defined else None
    except ZeroDivisionError:
        assort = None
    partition = [{v for v in G if world[v] == w} for w in present]
    modularity = nx.community.modularity(G, partition, weight="weight") if defined else None
    constraint = nx.constraint(G)
    esize = nx.effective_size(G)
    diversity = {}
    for v in G:
        nbrs = set(nx.all_neighbors(G, v))
        counts = {}
        for u in nbrs:
            counts[world[u]] = counts.get(world[u], 0) + 1
        diversity[v] = {
            "worlds": len(counts),
            "blau": None if not nbrs else 1 - sum((c / len(nbrs)) ** 2 for c in counts.values()),
        }
    by_world = []
    for w in present:
        internal = sum(1 for u, v in G.edges if world[u] == w and world[v] == w)
        ext = sum(1 for u, v in G.edges if (world[u] == w) != (world[v] == w))
        by_world.append({
            "world": w,
            "actors": sum(1 for v in G if world[v] == w),
            "internal": internal,
            "external": ext,
            "eiIndex": None if internal + ext == 0 or len(present) < 2 else (ext - internal) / (internal + ext),
        })
    doc = {
        "name": name,
        "note": note,
        "networkx": nx.__version__,
        "directed": directed,
        "worlds": present,
        "actors": [{"id": v, "world": world[v]} for v in order],
        "links": [{"source": u, "target": v, "weight": d.get("weight", 1)} for u, v, d in G.edges(data=True)],
        "expected": {
            "graph": {
                "centralization.degree": freeman(deg, "degree", n),
                "centralization.betweenness": freeman(bcs, "betweenness", n),
                "centralization.closeness": freeman([cl[v] for v in order], "closeness", n),
                "gini.degree": gini(deg),
                "gini.betweenness": gini(bcs),
                "effectiveBrokers": effective_brokers(bcs),
                "topBrokerShare": None if sum(bcs) == 0 else max(bcs) / sum(bcs),
                "betweennessShares.top1": top_share(bcs, 0.01),
                "betweennessShares.top5": top_share(bcs, 0.05),
                "betweennessShares.top10": top_share(bcs, 0.1),
                # nx.transitivity(DiGraph) counts over successors only (NetworkX 2.8).
                "transitivity": nx.transitivity(G),
                "averageClustering": nx.average_clustering(G),
                "largestComponentShare": max(
                    len(c) for c in (nx.weakly_connected_components(G) if directed else nx.connected_components(G))
                ) / n,
                "worlds.eiIndex": (external - (m - external)) / m if defined else None,
                "worlds.crossWorldShare": external / m if defined else None,
                "worlds.assortativity": finite(assort),
                "worlds.modularity": modularity,
            },
            "byWorld": by_world,
            "betweenness": {v: bc[v] for v in order},
            "closeness": {v: cl[v] for v in order},
            "constraint": {v: finite(constraint[v]) for v in order},
            "effectiveSize": {v: finite(esize[v]) for v in order},
            "brokerage": brokerage(G, world),
            "neighbourWorlds": diversity,
            "articulationPoints": sorted(nx.articulation_points(G.to_undirected()), key=order.index),
            "targeted": targeted_curve(G, world, 5),
            "bestFragmentation": {str(s): best_fragmentation(G, world, s) for s in (1, 2) if n <= 40},
            "keystones": keystones(G, world),
        },
    }
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, f"{name}.json"), "w") as f:
        json.dump(doc, f, indent=1, ensure_ascii=False)
        f.write("\n")


def with_worlds(G, worlds):
    for v, w in zip(list(G.nodes), worlds):
        G.nodes[v]["world"] = w
    return G


def main():
    rng = random.Random(42)
    W = ["association", "entreprise", "collectivité", "État", "académique", "fondation"]
    star = nx.relabel_nodes(nx.star_graph(6), lambda i: f"s{i}")
    reference("star", with_worlds(star, ["collectivité"] + [W[i % 3] for i in range(6)]), W)
    complete = nx.relabel_nodes(nx.complete_graph(5), lambda i: f"k{i}")
    reference("complete", with_worlds(complete, [W[i % 2] for i in range(5)]), W)
    path = nx.relabel_nodes(nx.path_graph(5), lambda i: f"p{i}")
    reference("path", with_worlds(path, ["association", "association", "entreprise", "État", "État"]), W)
    two = nx.Graph()
    two.add_edges_from([("A", f"a{i}") for i in range(4)] + [("B", f"b{i}") for i in range(4)] + [("A", "B")])
    with_worlds(two, ["association"] * 5 + ["entreprise"] * 4)
    two.nodes["B"]["world"] = "entreprise"
    for i in range(4):
        two.nodes[f"b{i}"]["world"] = "entreprise"
    reference("two-stars", two, W, "two stars of 4 leaves whose centres A and B are linked")
    karate = nx.karate_club_graph()
    karate = nx.relabel_nodes(karate, lambda i: f"m{i}")
    for v in karate:
        karate.nodes[v]["world"] = karate.nodes[v]["club"]
        del karate.nodes[v]["club"]
    reference("karate", karate, ["Mr. Hi", "Officer"], "Zachary's karate club, club as world, weighted")
    # A sparse random territory with isolates, several components and the tricky ids.
    G = nx.gnp_random_graph(38, 0.07, seed=7)
    names = {0: "__proto__", 1: "constructor", 2: "toString"}
    G = nx.relabel_nodes(G, lambda i: names.get(i, f"r{i}"))
    for u, v in G.edges:
        G.edges[u, v]["weight"] = rng.choice([1, 1, 2, 3])
    G.add_node("lonely")
    with_worlds(G, [W[rng.randrange(6)] for _ in G.nodes])
    reference("random-disconnected", G, W, "gnp(38, 0.07, seed 7) plus an isolate; ids __proto__, constructor")
    D = nx.gnp_random_graph(20, 0.15, seed=3, directed=True)
    D = nx.relabel_nodes(D, lambda i: names.get(i, f"d{i}"))
    with_worlds(D, [W[rng.randrange(4)] for _ in D.nodes])
    reference("directed", D, W, "directed gnp(20, 0.15, seed 3)")


if __name__ == "__main__":
    main()
