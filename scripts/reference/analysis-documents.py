#!/usr/bin/env python3
"""End-to-end reference for `catalyse analyze --format json` on the bundled territories.

Run from the repo root with Debian's NetworkX (2.8.8):
    /usr/bin/python3 scripts/reference/analysis-documents.py
Writes packages/cli/test/fixtures/reference-documents/<name>.json, read by
packages/cli/test/reference/analysis-documents.test.ts.

This is an independent check: the territory folders are read here with Python's csv module
(not with @catalyse/io), merged and cleaned by the rules of packages/core/src/graph/create-territory.ts
(parallel links merge with weights summed, either orientation when undirected; self-loops are
dropped; an empty world becomes "inconnu"), and every figure comes from NetworkX or, where
NetworkX has no function, from a brute-force reading of the definition in issues 2-5:

  collectives               when a folder has collectives.csv + memberships.csv, G is the union graph:
                            explicit links plus nx.bipartite.collaboration_weighted_projected_graph of
                            the actor-collective graph, weights summed (Catalyse's default projection)
  degree, strength          G.degree(v), G.degree(v, weight="weight")
  density, components       nx.density, nx.number_connected_components
  betweenness               nx.betweenness_centrality(G)                 (normalized)
  betweennessWeighted       nx.betweenness_centrality(G, weight="distance"), distance = 1/weight;
                            igraph's value where it differs (NetworkX misses float ties, issue 3)
  closeness                 nx.closeness_centrality(G)
  harmonic                  nx.harmonic_centrality(G) / (n - 1)
  pagerank                  nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-12, max_iter=100000)
  eigenvector               nx.eigenvector_centrality_numpy(G, weight="weight") (connected only)
  core, clustering          nx.core_number(G), nx.clustering(G)
  averageClustering         nx.average_clustering(G); transitivity nx.transitivity(G)
  constraint, effectiveSize nx.constraint(G), nx.effective_size(G) (null for isolates)
  worlds.assortativity      nx.attribute_assortativity_coefficient(G, "world")
  worlds.modularity         nx.community.modularity(G, worlds, weight="weight")
  modularity                nx.community.modularity(G, <Catalyse's partition>, weight="weight"),
                            the partition read from `pnpm --silent catalyse analyze <dir> --format json`;
                            and the best of nx.community.louvain_communities(G, weight="weight", seed=s),
                            s = 0..9
  centralization (Freeman 1979), gini, effectiveBrokers, topBrokerShare, betweennessShares,
  eiIndex, crossWorldShare, mixing, byWorld, brokerage (Gould & Fernandez 1989, undirected,
  brute force over open two-paths): issue 5's formulas over the NetworkX values above.
"""
import csv
import io
import itertools
import json
import math
import os
import subprocess
import sys
import unicodedata

import igraph
import networkx as nx

from definitions import brokerage, components_of, connectivity, finite, freeman, gini, keystones, targeted_curve, top_share

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "packages", "cli", "test", "fixtures", "reference-documents")
UNKNOWN_WORLD = "inconnu"
LOUVAIN_SEEDS = range(10)

DATASETS = {
    "seed-ecosystem": "datasets/seed-ecosystem",
    "seed-ecosystem-excel-fr": "datasets/formats/seed-ecosystem-excel-fr",
    "florentine-families": "datasets/classic/florentine-families",
    "karate": "datasets/classic/karate",
    "les-miserables": "datasets/classic/les-miserables",
    # One pilot per governance form, the smallest of each.
    "pilot-shared": "datasets/pilots/01-val-d-exemple",
    "pilot-lead-organisation": "datasets/pilots/02-presqu-ile-fictive",
    "pilot-administrative-organisation": "datasets/pilots/03-plateau-imaginaire",
    # Written by write_synthetic() below, then read back like the others.
    "synthetic-odd-ids": "packages/cli/test/fixtures/reference-documents/territories/synthetic-odd-ids",
    "synthetic-ba-400": "packages/cli/test/fixtures/reference-documents/territories/synthetic-ba-400",
    "synthetic-directed": "packages/cli/test/fixtures/reference-documents/territories/synthetic-directed",
}
WORLDS = ["association", "entreprise", "collectivité", "État", "académique", "fondation"]

# Header names, English or French, compared without case or accents.
ALIASES = {
    "id": "id", "identifiant": "id", "label": "label", "nom": "label", "world": "world", "monde": "world",
    "source": "source", "target": "target", "cible": "target", "weight": "weight", "poids": "weight",
    "collective": "collective", "collectif": "collective", "actor": "actor", "acteur": "actor",
}


# ---------------------------------------------------------------- reading

def fold(text):
    text = unicodedata.normalize("NFD", text.strip().lower())
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def decode(raw):
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "utf-8-bom"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252"), "windows-1252"


def read_table(folder, names):
    for name in names:
        path = os.path.join(folder, name)
        if os.path.exists(path):
            break
    else:
        raise FileNotFoundError(f"{folder}: none of {names}")
    with open(path, "rb") as f:
        text, encoding = decode(f.read())
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    rows = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
            if any(cell.strip() for cell in row)]
    header = [ALIASES.get(fold(cell), fold(cell)) for cell in rows[0]]
    records = [{h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(header)} for row in rows[1:]]
    return records, delimiter, encoding


def number(cell, delimiter):
    if cell == "":
        return 1.0
    return float(cell.replace(",", ".") if delimiter == ";" else cell)


def read_territory(folder):
    actors, _, actors_encoding = read_table(folder, ["actors.csv", "acteurs.csv"])
    links, delimiter, links_encoding = read_table(folder, ["links.csv", "liens.csv"])
    directed = False
    for meta in ("territory.json", "territoire.json"):
        if os.path.exists(os.path.join(folder, meta)):
            with open(os.path.join(folder, meta), encoding="utf-8-sig") as f:
                directed = bool(json.load(f).get("directed", False))
    G = nx.DiGraph() if directed else nx.Graph()
    for row in actors:
        G.add_node(row["id"], world=row.get("world", "") or UNKNOWN_WORLD)
    parallel = loops = 0
    for row in links:
        u, v, w = row["source"], row["target"], number(row.get("weight", ""), delimiter)
        assert u in G and v in G and w > 0, row
        if u == v:
            loops += 1
        elif G.has_edge(u, v):
            parallel += 1
            G[u][v]["weight"] += w
        else:
            G.add_edge(u, v, weight=w)
    projected = co_membership(folder, G)
    read = {"encodings": sorted({actors_encoding, links_encoding}), "delimiter": delimiter,
            "parallelLinksMerged": parallel, "selfLoopsDropped": loops, "coMembershipPairs": projected}
    return G, read


def co_membership(folder, G):
    """Adds the collectives' co-membership projection to G (Catalyse's default, --projection newman):
    nx.bipartite.collaboration_weighted_projected_graph on the actor-collective graph, each pair's
    weight summed with an explicit link's where both exist (both directions when directed).
    Returns how many pairs it weighted (0 without collectives.csv)."""
    if not any(os.path.exists(os.path.join(folder, n)) for n in ("collectives.csv", "collectifs.csv")):
        return 0
    collectives, _, _ = read_table(folder, ["collectives.csv", "collectifs.csv"])
    memberships, _, _ = read_table(folder, ["memberships.csv", "adhésions.csv", "adhesions.csv"])
    B = nx.Graph()
    members = [v for v in G if any(m["actor"] == v for m in memberships)]
    B.add_nodes_from(members, bipartite=0)
    B.add_nodes_from((("collective", c["id"]) for c in collectives), bipartite=1)
    B.add_edges_from((m["actor"], ("collective", m["collective"])) for m in memberships)
    P = nx.bipartite.collaboration_weighted_projected_graph(B, members)
    for u, v, d in P.edges(data=True):
        for a, b in ((u, v), (v, u)) if G.is_directed() else ((u, v),):
            if G.has_edge(a, b):
                G[a][b]["weight"] += d["weight"]
            else:
                G.add_edge(a, b, weight=d["weight"])
    return P.number_of_edges()


# ---------------------------------------------------------------- figures

def weighted_betweenness(G, notes):
    H = G.copy()
    for _, _, d in H.edges(data=True):
        d["distance"] = 1.0 / d["weight"]
    nxb = nx.betweenness_centrality(H, weight="distance")
    order = list(H.nodes)
    h = igraph.Graph(n=len(order), edges=[(order.index(u), order.index(v)) for u, v in H.edges])
    h.es["distance"] = [d["distance"] for _, _, d in H.edges(data=True)]
    directed = H.is_directed()
    if directed:
        h = igraph.Graph(n=len(order), edges=[(order.index(u), order.index(v)) for u, v in H.edges], directed=True)
        h.es["distance"] = [d["distance"] for _, _, d in H.edges(data=True)]
    raw = h.betweenness(weights="distance", directed=directed)
    n = len(order)
    scale = (1 if directed else 2) / ((n - 1) * (n - 2)) if n > 2 else 1.0
    ig = {v: raw[i] * scale for i, v in enumerate(order)}
    differ = [v for v in order if abs(ig[v] - nxb[v]) > 1e-9 + 1e-6 * abs(nxb[v])]
    if differ:
        notes.append(f"betweennessWeighted: igraph's ties for {len(differ)} actors where NetworkX misses float ties")
        return ig, {v: nxb[v] for v in differ}
    return nxb, {}


def eigenvector_by_component(G):
    """The definition eigenvector.ts documents for disconnected territories: each component's unit
    Perron vector (dense numpy), the components of largest spectral radius (within 1e-6) scaled by
    sqrt(|c| / sum of their sizes), every other actor 0; an edgeless territory 1/sqrt(n)."""
    import numpy

    if G.number_of_edges() == 0:
        return {v: 1 / math.sqrt(G.number_of_nodes()) for v in G}
    parts = []
    for c in nx.connected_components(G):
        nodes = list(c)
        if len(nodes) == 1:
            parts.append((0.0, nodes, [1.0]))
            continue
        values, vectors = numpy.linalg.eigh(nx.to_numpy_array(G, nodelist=nodes, weight="weight"))
        x = numpy.abs(vectors[:, numpy.argmax(values)])
        parts.append((float(max(values)), nodes, list(x / numpy.linalg.norm(x))))
    top = max(radius for radius, _, _ in parts)
    leading = [p for p in parts if abs(p[0] - top) <= 1e-6 * abs(top)]
    size = sum(len(nodes) for _, nodes, _ in leading)
    out = {v: 0.0 for v in G}
    for _, nodes, x in leading:
        for v, xv in zip(nodes, x):
            out[v] = xv * math.sqrt(len(nodes) / size)
    return out


def lorenz(values):
    """Issue 5's Lorenz curve, every point: (0, 0) then (i/n, share of the i smallest); the diagonal
    when the total is zero."""
    xs, n = sorted(values), len(values)
    total, cumulative, points = sum(xs), 0.0, [[0.0, 0.0]]
    for i, x in enumerate(xs):
        cumulative += x
        points.append([(i + 1) / n, (i + 1) / n if total == 0 else cumulative / total])
    return points


def optional(compute, notes, name):
    try:
        return compute()
    except nx.NetworkXNotImplemented as error:
        notes.append(f"{name}: {error}")
        return None


def catalyse_document(folder):
    out = subprocess.run(["pnpm", "--silent", "catalyse", "analyze", folder, "--format", "json"],
                         cwd=ROOT, check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def reference(name, folder):
    G, read = read_territory(os.path.join(ROOT, folder))
    notes = []
    world = nx.get_node_attributes(G, "world")
    order = list(G.nodes)
    n, m = G.number_of_nodes(), G.number_of_edges()
    worlds = sorted(set(world.values()))
    directed = G.is_directed()
    connected = n > 0 and (nx.is_strongly_connected(G) if directed else nx.is_connected(G))
    comps = components_of(G)

    degree = {v: G.degree(v) for v in order}
    bc = nx.betweenness_centrality(G)
    bw, bw_networkx = weighted_betweenness(G, notes)
    cl = nx.closeness_centrality(G)
    hc = nx.harmonic_centrality(G)
    bcs = [bc[v] for v in order]
    if connected:
        eig = nx.eigenvector_centrality_numpy(G, weight="weight")
    elif directed:
        eig = None
        notes.append("eigenvector: directed and not strongly connected, no reference")
    else:
        eig = eigenvector_by_component(G)
        nxe = nx.eigenvector_centrality_numpy(G, weight="weight")
        same = all(abs(nxe[v] - eig[v]) <= 1e-5 for v in order)
        notes.append("eigenvector: disconnected; issue 3's per-component definition (numpy per component)"
                     + (", equal to NetworkX's whole-graph vector" if same else ", NetworkX's whole-graph vector differs"))

    external = sum(1 for u, v in G.edges if world[u] != world[v])
    defined = m > 0 and len(worlds) >= 2
    world_partition = [{v for v in G if world[v] == w} for w in worlds]
    assortativity = None
    if defined:
        try:
            assortativity = finite(nx.attribute_assortativity_coefficient(G, "world"))
        except ZeroDivisionError:
            pass

    mixing_counts = {a: {b: 0 for b in worlds} for a in worlds}
    mixing_weights = {a: {b: 0.0 for b in worlds} for a in worlds}
    for u, v, d in G.edges(data=True):
        for a, b in {(world[u], world[v])} if directed else {(world[u], world[v]), (world[v], world[u])}:
            mixing_counts[a][b] += 1
            mixing_weights[a][b] += d["weight"]
    by_world = {}
    for w in worlds:
        internal = sum(1 for u, v in G.edges if world[u] == w and world[v] == w)
        ext = sum(1 for u, v in G.edges if (world[u] == w) != (world[v] == w))
        by_world[w] = {
            "actors": sum(1 for v in G if world[v] == w), "internal": internal, "external": ext,
            "eiIndex": None if internal + ext == 0 or len(worlds) < 2 else (ext - internal) / (internal + ext),
        }

    document = catalyse_document(folder)
    partition = {a["id"]: a["community"] for a in document["actors"]}
    assert set(partition) == set(order), "Catalyse's actors differ from the CSV's"
    communities = [{v for v in order if partition[v] == c} for c in sorted(set(partition.values()))]
    try:
        louvain = [nx.community.modularity(G, nx.community.louvain_communities(G, weight="weight", seed=s),
                                       weight="weight") for s in LOUVAIN_SEEDS]
    except nx.NetworkXNotImplemented:
        louvain = [nx.community.modularity(G, nx.community.louvain_communities(G.to_undirected(), weight="weight",
                                                                               seed=s), weight="weight")
                   for s in LOUVAIN_SEEDS]
        notes.append("louvain: run on the undirected graph (NetworkX 2.8 has no directed Louvain), "
                     "modularity of its partition measured on the directed graph")

    key_players = [{"size": s["size"], "actors": s["actors"],
                     "fragmentation": connectivity(G, world, s["actors"])["fragmentation"]}
                    for s in (document["graph"]["dependence"] or {}).get("keyPlayers", [])]
    single = [connectivity(G, world, [v])["fragmentation"] for v in order]
    graph = {
        "nodes": n,
        "links": m,
        "density": nx.density(G) if n > 1 else None,
        "components": len(comps),
        "largestComponentShare": max(len(c) for c in comps) / n if n else None,
        "averageClustering": nx.average_clustering(G) if n else None,
        "transitivity": optional(lambda: nx.transitivity(G), notes, "transitivity"),
        "centralization.degree": freeman(list(degree.values()), "degree", n),
        "centralization.betweenness": freeman(bcs, "betweenness", n),
        "centralization.closeness": freeman([cl[v] for v in order], "closeness", n),
        "gini.degree": gini(list(degree.values())),
        "gini.betweenness": gini(bcs),
        "effectiveBrokers": (float(n) if sum(bcs) == 0 else 1 / sum((x / sum(bcs)) ** 2 for x in bcs)),
        "topBrokerShare": None if sum(bcs) == 0 else max(bcs) / sum(bcs),
        "topBroker.betweenness": None if sum(bcs) == 0 else max(bcs),
        "betweennessShares.top1": top_share(bcs, 0.01),
        "betweennessShares.top5": top_share(bcs, 0.05),
        "betweennessShares.top10": top_share(bcs, 0.1),
        "communities": len(communities),
        "worlds.eiIndex": (2 * external - m) / m if defined else None,
        "worlds.crossWorldShare": external / m if defined else None,
        "worlds.assortativity": assortativity,
        "worlds.modularity": nx.community.modularity(G, world_partition, weight="weight") if defined else None,
    }
    actors = {
        "degree": degree,
        "strength": {v: G.degree(v, weight="weight") for v in order},
        "betweenness": bc,
        "betweennessWeighted": bw,
        "closeness": cl,
        "harmonic": {v: hc[v] / (n - 1) for v in order} if n > 1 else {v: 0.0 for v in order},
        "pagerank": nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-12, max_iter=100000),
        "eigenvector": eig,
        "core": nx.core_number(G),
        "clustering": nx.clustering(G),
        "constraint": {v: finite(x) for v, x in nx.constraint(G).items()},
        "effectiveSize": {v: finite(x) for v, x in nx.effective_size(G).items()},
    }
    doc = {
        "name": name,
        "dataset": folder,
        "networkx": nx.__version__,
        "igraph": igraph.__version__,
        "generatedBy": "/usr/bin/python3 scripts/reference/analysis-documents.py",
        "read": read,
        "notes": notes,
        "worlds": worlds,
        "graph": graph,
        "mixing": {"counts": mixing_counts, "weights": mixing_weights} if defined else None,
        "byWorld": by_world,
        "actors": {field: {v: values[v] for v in order} if values is not None else None
                   for field, values in actors.items()},
        "betweennessWeightedNetworkx": bw_networkx,
        "brokerage": brokerage(G, world),
        "lorenz": {"degree": lorenz(list(degree.values())), "betweenness": lorenz(bcs)},
        "dependence": {
            "targeted": targeted_curve(G, world),
            "bestSingleFragmentation": max((f for f in single if f is not None), default=None),
            "catalyseKeyPlayers": key_players,
            "keystones": keystones(G, world),
        },
        "modularity": {
            "catalysePartition": {v: partition[v] for v in order},
            "ofCatalysePartition": nx.community.modularity(G, communities, weight="weight"),
            "louvainSeeds": list(LOUVAIN_SEEDS),
            "louvain": louvain,
            "louvainBest": max(louvain),
        },
    }
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, f"{name}.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{name}: n={n} m={m} components={len(comps)} {'; '.join(notes)}", file=sys.stderr)


# ---------------------------------------------------------------- synthetic territories

def write_folder(folder, actors, links, french):
    """Writes actors and links as a territory folder; `french`: acteurs.csv/liens.csv, `;`, decimal
    comma, CRLF and Windows-1252, as French Excel saves them."""
    path = os.path.join(ROOT, folder)
    os.makedirs(path, exist_ok=True)
    delimiter = ";" if french else ","
    encoding = "cp1252" if french else "utf-8"

    def cell(x):
        return str(x).replace(".", ",") if french and isinstance(x, float) else str(x)

    tables = [
        ("acteurs.csv" if french else "actors.csv",
         ["identifiant", "nom", "monde"] if french else ["id", "label", "world"], actors),
        ("liens.csv" if french else "links.csv",
         ["source", "cible", "poids", "type"] if french else ["source", "target", "weight", "type"], links),
    ]
    for name, header, rows in tables:
        with open(os.path.join(path, name), "w", encoding=encoding, newline="") as f:
            writer = csv.writer(f, delimiter=delimiter, lineterminator="\r\n" if french else "\n")
            writer.writerow(header)
            writer.writerows([[cell(x) for x in row] for row in rows])


def write_synthetic():
    import random

    # Odd ids, a sparse disconnected graph with isolates, parallel links (both orientations),
    # self-loops, decimal weights, actors without a world; written as French Excel would.
    rng = random.Random(20261126)
    odd = ["__proto__", "constructor", "toString", "hasOwnProperty", "01", "1", "Île de Ré", "a b", "valueOf"]
    G = nx.gnp_random_graph(120, 0.025, seed=11)
    ids = odd + [f"acteur-{i}" for i in range(len(odd), 120)]
    actors = [[v, f"Acteur {v}", "" if i % 17 == 5 else rng.choice(WORLDS)] for i, v in enumerate(ids)]
    links = []
    for u, v in G.edges:
        links.append([ids[u], ids[v], rng.choice([1.0, 0.5, 2.5, 1.25, 3.0]), rng.choice(["projet", "convention"])])
        if rng.random() < 0.1:
            links.append([ids[v], ids[u], rng.choice([1.0, 0.75]), "projet"])
    for i in range(0, 120, 23):
        links.append([ids[i], ids[i], 1.0, "boucle"])
    rng.shuffle(links)
    write_folder(DATASETS["synthetic-odd-ids"], actors, links, french=True)

    # A bigger connected territory: Barabási-Albert, 400 actors, m = 3, six worlds with homophily-free
    # labels and weights 1-5.
    rng = random.Random(400)
    B = nx.barabasi_albert_graph(400, 3, seed=400)
    actors = [[f"ba{v}", f"BA {v}", WORLDS[rng.randrange(6)]] for v in B]
    links = [[f"ba{u}", f"ba{v}", float(rng.randint(1, 5)), "alliance"] for u, v in B.edges]
    write_folder(DATASETS["synthetic-ba-400"], actors, links, french=False)

    # Directed: gnp(60, 0.06) with a few reciprocal links, parallel links, four worlds and an isolate.
    rng = random.Random(60)
    D = nx.gnp_random_graph(60, 0.06, seed=60, directed=True)
    actors = [[f"d{v}", f"D {v}", WORLDS[rng.randrange(4)]] for v in D] + [["seul", "Seul", "fondation"]]
    links = []
    for u, v in D.edges:
        links.append([f"d{u}", f"d{v}", float(rng.randint(1, 4)), "flux"])
        if rng.random() < 0.05:
            links.append([f"d{u}", f"d{v}", 1.0, "flux"])
    write_folder(DATASETS["synthetic-directed"], actors, links, french=False)
    with open(os.path.join(ROOT, DATASETS["synthetic-directed"], "territory.json"), "w", encoding="utf-8") as f:
        json.dump({"name": "Synthetic directed territory", "directed": True}, f, indent=1)
        f.write("\n")


def main():
    # Set iteration order (and so the last digit of nx.constraint's sums) depends on string hashing.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    names = sys.argv[1:] or list(DATASETS)
    if any(name.startswith("synthetic") for name in names):
        write_synthetic()
    for name in names:
        reference(name, DATASETS[name])


if __name__ == "__main__":
    main()
