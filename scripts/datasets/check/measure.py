"""Measures governance figures of territory folders with NetworkX (a tuning aid for the pilot generator).

Usage: /usr/bin/python3 scripts/datasets/check/measure.py datasets/pilots/*/
Prints, per territory: actors, links, degree and betweenness centralization (Freeman 1979),
effective brokers 1/sum(p_i^2) on normalised betweenness, E-I index over worlds.
"""
import csv, json, sys, os
import networkx as nx

def measure(folder):
    g = nx.Graph()
    with open(os.path.join(folder, "actors.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            g.add_node(row["id"], world=row["world"])
    with open(os.path.join(folder, "links.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            g.add_edge(row["source"], row["target"])
    n = g.number_of_nodes()
    deg = dict(g.degree())
    dmax = max(deg.values())
    dc = sum(dmax - d for d in deg.values()) / ((n - 1) * (n - 2))
    bt = nx.betweenness_centrality(g)
    bmax = max(bt.values())
    bc = sum(bmax - b for b in bt.values()) / (n - 1)
    total = sum(bt.values())
    eb = 1 / sum((b / total) ** 2 for b in bt.values()) if total > 0 else n
    e = sum(1 for u, v in g.edges() if g.nodes[u]["world"] != g.nodes[v]["world"])
    ei = (2 * e - g.number_of_edges()) / g.number_of_edges()
    top = max(bt, key=bt.get)
    gov = json.load(open(os.path.join(folder, "territory.json"))).get("governance", "")
    print(f"{os.path.basename(folder.rstrip('/')):28s} {gov:28s} n={n:4d} m={g.number_of_edges():5d} "
          f"dc={dc:.3f} bc={bc:.3f} eb={eb:6.1f} top={top}({g.nodes[top]['world']},deg {deg[top]}) ei={ei:+.2f} "
          f"comp={nx.number_connected_components(g)} clust={nx.average_clustering(g):.2f}")

for folder in sys.argv[1:]:
    measure(folder)
