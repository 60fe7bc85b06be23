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

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "packages", "core", "test", "fixtures", "middle")


def nan_to_none(x):
    return None if x is None or (isinstance(x, float) and (math.isnan(x) or math.isinf(x))) else x


def freeman(values, kind, n):
    if n < 3:
        return None
    mx = max(values)
    s = sum(mx - x for x in values)
    star = {"degree": (n - 1) * (n - 2), "betweenness": n - 1, "closeness": (n - 1) * (n - 2) / (2 * n - 3)}[kind]
    return s / star


def gini(values):
    n = len(values)
    if n == 0:
        return None
    xs = sorted(values)
    total = sum(xs)
    if total == 0:
        return 0.0
    return sum((2 * (i + 1) - n - 1) * x for i, x in enumerate(xs)) / (n * total)


def effective_brokers(values):
    total = sum(values)
    if not values:
        return None
    if total == 0:
        return float(len(values))
    return 1 / sum((x / total) ** 2 for x in values)


def top_share(values, fraction):
    total = sum(values)
    if total == 0:
        return None
    count = min(len(values), max(1, math.ceil(fraction * len(values) - 1e-9)))
    return sum(sorted(values)[-count:]) / total


def brokerage(G, world):
    roles = {v: dict(coordinator=0, consultant=0, representative=0, gatekeeper=0, liaison=0) for v in G}
    if G.is_directed():
        for b in G:
            for a in G.predecessors(b):
                for c in G.successors(b):
                    if a == c or G.has_edge(a, c):
                        continue
                    wa, wb, wc = world[a], world[b], world[c]
                    if wa == wb == wc:
                        r = "coordinator"
                    elif wa == wc:
                        r = "consultant"
                    elif wa == wb:
                        r = "representative"
                    elif wb == wc:
                        r = "gatekeeper"
                    else:
                        r = "liaison"
                    roles[b][r] += 1
    else:
        for b in G:
            for a, c in itertools.combinations(list(G[b]), 2):
                if G.has_edge(a, c):
                    continue
                wa, wb, wc = world[a], world[b], world[c]
                if wa == wb == wc:
                    r = "coordinator"
                elif wa == wc:
                    r = "consultant"
                elif wb in (wa, wc):
                    r = "representative"
                else:
                    r = "liaison"
                roles[b][r] += 1
    return roles


def connectivity(G, world, removed):
    H = G.copy()
    H.remove_nodes_from(removed)
    comps = list(nx.weakly_connected_components(H) if H.is_directed() else nx.connected_components(H))
    r = H.number_of_nodes()
    pairs = r * (r - 1) / 2
    connected = sum(len(c) * (len(c) - 1) / 2 for c in comps)
    cross_total = sum(1 for a, b in itertools.combinations(H.nodes, 2) if world[a] != world[b])
    cross = 0
    for c in comps:
        cross += sum(1 for a, b in itertools.combinations(c, 2) if world[a] != world[b])
    pc = None if r < 2 else connected / pairs
    return {
        "remaining": r,
        "pairsConnected": pc,
        "crossWorldPairsConnected": None if cross_total == 0 else cross / cross_total,
        "largestComponentShare": None if r == 0 else max(len(c) for c in comps) / r,
        "fragmentation": None if pc is None else 1 - pc,
    }


def targeted(G, world, order, steps):
    removed = []
    curve = [dict(removed=0, actor=None, **connectivity(G, world, removed))]
    for k in range(1, min(steps, len(order)) + 1):
        H = G.copy()
        H.remove_edges_from([e for e in G.edges if e[0] in removed or e[1] in removed])
        bc = nx.betweenness_centrality(H)
        best = None
        for v in order:  # ties: higher degree in what remains, then first position
            if v in removed:
                continue
            if best is None:
                best = v
                continue
            d = bc[v] - bc[best]
            if d > 1e-12 or (abs(d) <= 1e-12 and H.degree(v) > H.degree(best)):
                best = v
        removed.append(best)
        curve.append(dict(removed=k, actor=best, **connectivity(G, world, removed)))
    return curve


def best_fragmentation(G, world, size):
    best = -1
    for s in itertools.combinations(list(G.nodes), size):
        f = connectivity(G, world, list(s))["fragmentation"]
        if f is not None and f > best:
            best = f
    return best


def keystones(G, world):
    def joined(H):
        comps = nx.weakly_connected_components(H) if H.is_directed() else nx.connected_components(H)
        pairs = set()
        for c in comps:
            ws = sorted({world[v] for v in c})
            pairs.update(itertools.combinations(ws, 2))
        return pairs

    before = joined(G)
    sizes = {}
    for v in G:
        sizes[world[v]] = sizes.get(world[v], 0) + 1
    out = {}
    for v in G:
        H = G.copy()
        H.remove_node(v)
        lost = []
        for a, b in sorted(before - joined(H)):
            if sizes[a] - (world[v] == a) > 0 and sizes[b] - (world[v] == b) > 0:
                lost.append([a, b])
        if lost:
            out[v] = lost
    return out


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
                "worlds.assortativity": nan_to_none(assort),
                "worlds.modularity": modularity,
            },
            "byWorld": by_world,
            "betweenness": {v: bc[v] for v in order},
            "closeness": {v: cl[v] for v in order},
            "constraint": {v: nan_to_none(constraint[v]) for v in order},
            "effectiveSize": {v: nan_to_none(esize[v]) for v in order},
            "brokerage": brokerage(G, world),
            "neighbourWorlds": diversity,
            "articulationPoints": sorted(nx.articulation_points(G.to_undirected()), key=order.index),
            "targeted": targeted(G, world, order, 5),
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
