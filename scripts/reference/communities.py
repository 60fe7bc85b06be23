#!/usr/bin/python3
"""Reference values for the community suite, from NetworkX.

Run with Debian's python (`/usr/bin/python3 scripts/reference/communities.py`);
writes packages/core/test/fixtures/community/*.json. For each graph (and each
territory folder of datasets/, in datasets.json): its links,
the modularity of a few partitions (`nx.community.modularity`, weighted,
several resolutions), and the best modularity of 10 seeded
`nx.community.louvain_communities(G, weight="weight", seed=s)` runs, the bar
our Leiden must reach (best − 0.03·|best|).
"""
import csv
import json
import os
import random
import sys

import networkx as nx

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "packages", "core", "test", "fixtures", "community")


def louvain_best(G, runs=10):
    best = None
    for seed in range(runs):
        parts = nx.community.louvain_communities(G, weight="weight", seed=seed)
        q = nx.community.modularity(G, parts, weight="weight")
        if best is None or q > best:
            best = q
    return best


def labels_of(G, parts):
    label = {}
    for c, part in enumerate(parts):
        for v in part:
            label[v] = c
    return [label[v] for v in G.nodes()]


def parts_of(G, labels):
    groups = {}
    for v, c in zip(G.nodes(), labels):
        groups.setdefault(c, set()).add(v)
    return list(groups.values())


def partitions(G, rng):
    """A few partitions to check modularity on: Louvain's, random ones, all-in-one, singletons."""
    nodes = list(G.nodes())
    result = [labels_of(G, nx.community.louvain_communities(G, weight="weight", seed=0))]
    for k in (2, 5):
        result.append([rng.randrange(k) for _ in nodes])
    result.append([0 for _ in nodes])
    result.append(list(range(len(nodes))))
    return result


def describe(name, G, rng, directed=False):
    nodes = list(G.nodes())
    position = {v: i for i, v in enumerate(nodes)}
    links = [[position[u], position[v], d.get("weight", 1)] for u, v, d in G.edges(data=True)]
    checks = []
    for labels in partitions(G, rng):
        for resolution in (1, 0.5, 2):
            checks.append({
                "labels": labels,
                "resolution": resolution,
                "modularity": nx.community.modularity(G, parts_of(G, labels), weight="weight", resolution=resolution),
                "unweighted": nx.community.modularity(G, parts_of(G, labels), weight=None, resolution=resolution),
            })
    fixture = {
        "name": name,
        "networkx": nx.__version__,
        "directed": directed,
        "order": len(nodes),
        "links": links,
        "partitions": checks,
    }
    if not directed:
        fixture["louvainBest"] = louvain_best(G)
    return fixture


def planted(rng):
    """Six planted groups of 30 (one per world), p_in 0.3, p_out 0.01, weights 1..3."""
    G = nx.planted_partition_graph(6, 30, 0.3, 0.01, seed=7)
    for u, v in G.edges():
        G[u][v]["weight"] = rng.choice([1, 2, 3])
    return G


def disconnected():
    G = nx.disjoint_union(nx.karate_club_graph(), nx.cycle_graph(12))
    G.add_nodes_from(["isolate-a", "isolate-b"])
    for u, v in G.edges():
        G[u][v]["weight"] = 1 + (u * 7 + v * 3) % 4 if isinstance(u, int) and isinstance(v, int) else 1
    return G


DATASETS = os.path.join(os.path.dirname(__file__), "..", "..", "datasets")


def territory_graph(folder):
    """A territory folder as Catalyse reads it for communities: undirected, parallel and
    reciprocal links merged by summing weights, self-loops dropped, actors in file order."""
    G = nx.Graph()
    with open(os.path.join(folder, "actors.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            G.add_node(row["id"])
    with open(os.path.join(folder, "links.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            u, v = row["source"], row["target"]
            if u == v:
                continue
            w = float(row["weight"]) if row.get("weight") else 1.0
            if G.has_edge(u, v):
                G[u][v]["weight"] += w
            else:
                G.add_edge(u, v, weight=w)
    return G


def dataset_folders():
    """Every territory folder with plain CSV files under datasets/ (the French Excel copy is skipped)."""
    for root, _dirs, files in sorted(os.walk(DATASETS)):
        if "actors.csv" in files and "links.csv" in files:
            yield os.path.relpath(root, DATASETS)


def datasets_fixture():
    entries = []
    for name in dataset_folders():
        G = territory_graph(os.path.join(DATASETS, name))
        nodes = list(G.nodes())
        position = {v: i for i, v in enumerate(nodes)}
        labels = labels_of(G, nx.community.louvain_communities(G, weight="weight", seed=0))
        entries.append({
            "name": name,
            "order": len(nodes),
            "links": [[position[u], position[v], d["weight"]] for u, v, d in G.edges(data=True)],
            "louvainBest": louvain_best(G),
            "labels": labels,
            "modularity": nx.community.modularity(G, parts_of(G, labels), weight="weight"),
        })
        print(name, len(nodes), G.number_of_edges(), entries[-1]["louvainBest"], file=sys.stderr)
    return {"networkx": nx.__version__, "datasets": entries}


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = random.Random(11)
    karate = nx.karate_club_graph()
    # NetworkX 2.8's karate club carries weights; the classic benchmark is unweighted.
    for u, v in karate.edges():
        karate[u][v]["weight"] = 1
    graphs = {
        "karate": (karate, False),
        "karate-weighted": (nx.karate_club_graph(), False),
        "les-miserables": (nx.les_miserables_graph(), False),
        "planted-partition": (planted(rng), False),
        "barabasi-albert-2k": (nx.barabasi_albert_graph(2000, 3, seed=5), False),
        "disconnected": (disconnected(), False),
        "directed": (nx.gnp_random_graph(40, 0.08, seed=3, directed=True), True),
    }
    for name, (G, directed) in graphs.items():
        if directed:
            for u, v in G.edges():
                G[u][v]["weight"] = rng.choice([1, 2, 5])
        fixture = describe(name, G, rng, directed)
        with open(os.path.join(OUT, name + ".json"), "w") as f:
            json.dump(fixture, f, separators=(",", ":"))
        print(name, fixture["order"], len(fixture["links"]), fixture.get("louvainBest"), file=sys.stderr)
    if os.path.isdir(DATASETS):
        with open(os.path.join(OUT, "datasets.json"), "w") as f:
            json.dump(datasets_fixture(), f, separators=(",", ":"))


if __name__ == "__main__":
    main()
