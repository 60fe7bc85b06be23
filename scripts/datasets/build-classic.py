"""Writes datasets/classic/: three classic social networks in the territory folder format.

The graphs come from NetworkX (Debian python3-networkx 2.8.x, BSD-3-Clause), which ships them:
  nx.karate_club_graph()        Zachary (1977), with NetworkX's interaction-count weights
  nx.florentine_families_graph() Padgett's Florentine marriage ties, as Breiger & Pattison (1986) give them
  nx.les_miserables_graph()     Knuth's Stanford GraphBase (1993) co-appearance counts

Ids are NetworkX's node keys (as strings), so reference values computed by NetworkX on these calls
map one to one onto the dataset. Run from the repo root:
  /usr/bin/python3 scripts/datasets/build-classic.py
"""
import csv
import json
import os

import networkx as nx

# CATALYSE_CLASSIC_OUT redirects the output (the tests regenerate into a scratch folder and compare).
ROOT = os.environ.get("CATALYSE_CLASSIC_OUT") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "datasets", "classic"
)
FLORENCE = (43.7696, 11.2558)


def write(folder, graph, meta, world, label, link_type, position=None, node_columns=()):
    path = os.path.join(ROOT, folder)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, "actors.csv"), "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["id", "label", "world", "lat", "lon", *[name for name, _ in node_columns]])
        for node in graph.nodes:
            lat, lon = position if position else ("", "")
            out.writerow([str(node), label(node), world(node), lat, lon, *[fn(node) for _, fn in node_columns]])
    with open(os.path.join(path, "links.csv"), "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["source", "target", "weight", "type", "start", "end"])
        for u, v, data in graph.edges(data=True):
            out.writerow([str(u), str(v), data.get("weight", 1), link_type, "", ""])
    worlds = []
    for node in graph.nodes:
        if world(node) not in worlds:
            worlds.append(world(node))
    meta = {
        **meta,
        "directed": False,
        "worlds": worlds,
        "synthetic": False,
        "networkx": nx.__version__,
        "actors": graph.number_of_nodes(),
        "links": graph.number_of_edges(),
    }
    with open(os.path.join(path, "territory.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"classic/{folder}: {graph.number_of_nodes()} actors, {graph.number_of_edges()} links")


karate = nx.karate_club_graph()
write(
    "karate",
    karate,
    {
        "name": "Zachary's karate club",
        "description": "Friendships among the 34 members of a university karate club before it split in two "
        "(1970-1972). The world of each member is the club they joined after the split "
        "(NetworkX attribute 'club': 'Mr. Hi' or 'Officer'); weights count the contexts in which two "
        "members interacted. Member ids are NetworkX's 0-based keys (Zachary numbers them 1-34).",
        "source": "Zachary, W. W. (1977). An information flow model for conflict and fission in small groups. "
        "Journal of Anthropological Research 33(4), 452-473; via NetworkX nx.karate_club_graph()",
        "licence": "Research data published in a journal article; redistributed as shipped by NetworkX "
        "(BSD-3-Clause).",
        "generator": {"script": "scripts/datasets/build-classic.py", "call": "nx.karate_club_graph()"},
    },
    world=lambda node: karate.nodes[node]["club"],
    label=lambda node: f"Member {node + 1}",
    link_type="interaction",
)

florentine = nx.florentine_families_graph()
write(
    "florentine-families",
    florentine,
    {
        "name": "Padgett's Florentine families (marriage ties)",
        "description": "Marriage ties among 15 leading families of 15th-century Florence, from John Padgett's "
        "data on the rise of the Medici. The Pucci, who have no marriage tie, are absent, as in NetworkX. "
        "Every family has the world 'famille' (one world: the world-mixing figures are undefined), and the "
        "coordinates of Florence.",
        "source": "Padgett, J. F. & Ansell, C. K. (1993). Robust action and the rise of the Medici, 1400-1434. "
        "American Journal of Sociology 98(6), 1259-1319; as given by Breiger, R. L. & Pattison, P. E. (1986). "
        "Cumulated social roles. Social Networks 8(3), 215-256; via NetworkX nx.florentine_families_graph()",
        "licence": "Research data published in journal articles; redistributed as shipped by NetworkX "
        "(BSD-3-Clause).",
        "generator": {"script": "scripts/datasets/build-classic.py", "call": "nx.florentine_families_graph()"},
    },
    world=lambda node: "famille",
    label=lambda node: node,
    link_type="marriage",
    position=FLORENCE,
)

miserables = nx.les_miserables_graph()
write(
    "les-miserables",
    miserables,
    {
        "name": "Les Misérables co-appearances",
        "description": "The 77 characters of Victor Hugo's Les Misérables; two characters are linked when they "
        "appear in the same chapter, weighted by the number of such chapters. Every character has the world "
        "'personnage' (one world: the world-mixing figures are undefined); no coordinates.",
        "source": "Knuth, D. E. (1993). The Stanford GraphBase: a platform for combinatorial computing, "
        "pp. 74-87, ACM Press (file jean.dat); via NetworkX nx.les_miserables_graph()",
        "licence": "Stanford GraphBase data, freely distributed by its author for research and teaching; "
        "redistributed as shipped by NetworkX (BSD-3-Clause).",
        "generator": {"script": "scripts/datasets/build-classic.py", "call": "nx.les_miserables_graph()"},
    },
    world=lambda node: "personnage",
    label=lambda node: node,
    link_type="co-appearance",
)
