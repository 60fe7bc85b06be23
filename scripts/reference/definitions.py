"""Brute-force definitions shared by the reference generators (middle.py, analysis-documents.py).

Each function follows the definition stated in its docstring, written independently of the
TypeScript code and built only on NetworkX's components and betweenness, so that the fixtures
test Catalyse against the definition rather than against itself. One copy, imported by both
scripts (Python puts a script's own folder on sys.path).
"""
import itertools
import math

import networkx as nx


def finite(x):
    return None if x is None or (isinstance(x, float) and not math.isfinite(x)) else x


def freeman(values, kind, n):
    if n < 3:
        return None
    top = max(values)
    star = {"degree": (n - 1) * (n - 2), "betweenness": n - 1, "closeness": (n - 1) * (n - 2) / (2 * n - 3)}[kind]
    return sum(top - x for x in values) / star


def gini(values):
    n, total = len(values), sum(values)
    if n == 0:
        return None
    if total == 0:
        return 0.0
    return sum((2 * (i + 1) - n - 1) * x for i, x in enumerate(sorted(values))) / (n * total)


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


def broker_role(wa, wb, wc, directed):
    """Gould & Fernandez (1989): the role of b on the two-path a-b-c, from the three worlds.
    Without directions a representative and a gatekeeper are the same: one role."""
    if wa == wb == wc:
        return "coordinator"
    if wa == wc:
        return "consultant"
    if wa == wb or (not directed and wb == wc):
        return "representative"
    if wb == wc:
        return "gatekeeper"
    return "liaison"


def brokerage(G, world):
    """Gould & Fernandez (1989). Undirected: each open two-path a-b-c counted once per pair {a, c},
    four roles. Directed: each open two-path a->b->c (no a->c), five roles."""
    directed = G.is_directed()
    names = ["coordinator", "consultant", "representative"] + (["gatekeeper"] if directed else []) + ["liaison"]
    roles = {v: {name: 0 for name in names} for v in G}
    for b in G:
        if directed:
            paths = ((a, c) for a in G.predecessors(b) for c in G.successors(b) if a != c)
        else:
            paths = itertools.combinations(list(G[b]), 2)
        for a, c in paths:
            if not G.has_edge(a, c):
                roles[b][broker_role(world[a], world[b], world[c], directed)] += 1
    return roles


def components_of(G):
    return list(nx.weakly_connected_components(G) if G.is_directed() else nx.connected_components(G))


def connectivity(G, world, removed):
    """Issue 5's figures after removing `removed`, from nx.connected_components."""
    H = G.copy()
    H.remove_nodes_from(removed)
    comps = components_of(H)
    r = H.number_of_nodes()
    connected = sum(len(c) * (len(c) - 1) / 2 for c in comps)
    cross_total = sum(1 for a, b in itertools.combinations(H.nodes, 2) if world[a] != world[b])
    cross = sum(sum(1 for a, b in itertools.combinations(c, 2) if world[a] != world[b]) for c in comps)
    pairs = None if r < 2 else connected / (r * (r - 1) / 2)
    return {
        "remaining": r,
        "pairsConnected": pairs,
        "crossWorldPairsConnected": None if cross_total == 0 else cross / cross_total,
        "largestComponentShare": None if r == 0 else max(len(c) for c in comps) / r,
        "fragmentation": None if pairs is None else 1 - pairs,
    }


def targeted_curve(G, world, steps=5):
    """Remove the top broker (betweenness recomputed on what remains; ties within 1e-12: more
    remaining links, then first position), up to `steps` times."""
    order = list(G.nodes)
    removed = []
    curve = [{"removed": 0, "actor": None, **connectivity(G, world, removed)}]
    for k in range(1, min(steps, len(order)) + 1):
        H = G.copy()
        H.remove_edges_from([e for e in G.edges if e[0] in removed or e[1] in removed])
        bc = nx.betweenness_centrality(H)
        best = None
        for v in order:
            if v in removed:
                continue
            if best is None:
                best = v
                continue
            d = bc[v] - bc[best]
            if d > 1e-12 or (abs(d) <= 1e-12 and H.degree(v) > H.degree(best)):
                best = v
        removed.append(best)
        curve.append({"removed": k, "actor": best, **connectivity(G, world, removed)})
    return curve


def best_fragmentation(G, world, size):
    best = -1
    for s in itertools.combinations(list(G.nodes), size):
        f = connectivity(G, world, list(s))["fragmentation"]
        if f is not None and f > best:
            best = f
    return best


def keystones(G, world):
    """Actors whose removal leaves no path between two worlds that were joined (both still present)."""
    def joined(H):
        pairs = set()
        for c in components_of(H):
            pairs.update(itertools.combinations(sorted({world[v] for v in c}), 2))
        return pairs

    before = joined(G)
    sizes = {}
    for v in G:
        sizes[world[v]] = sizes.get(world[v], 0) + 1
    out = {}
    for v in G:
        H = G.copy()
        H.remove_node(v)
        lost = [[a, b] for a, b in sorted(before - joined(H))
                if sizes[a] - (world[v] == a) > 0 and sizes[b] - (world[v] == b) > 0]
        if lost:
            out[v] = lost
    return out
