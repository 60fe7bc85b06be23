#!/usr/bin/python3
"""Reference values for the structure section (nodes, links, density,
components, degree, strength) from NetworkX.

Run with Debian's python3-networkx:  /usr/bin/python3 scripts/reference/structure.py
Writes packages/core/test/fixtures/structure/*.json.
"""
import json
import os
import random

import networkx as nx

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "packages", "core", "test", "fixtures", "structure")


def territory(g, worlds):
    actors = [{"id": str(v), "world": worlds(v)} for v in g.nodes]
    links = [{"source": str(u), "target": str(v), "weight": d.get("weight", 1)} for u, v, d in g.edges(data=True)]
    return actors, links


def figures(g):
    n = g.number_of_nodes()
    if g.is_directed():
        comps = list(nx.weakly_connected_components(g))
    else:
        comps = list(nx.connected_components(g))
    largest = max((len(c) for c in comps), default=0)
    return {
        "nodes": n,
        "links": g.number_of_edges(),
        "density": nx.density(g) if n >= 2 else None,
        "components": len(comps),
        "largestComponentShare": largest / n if n else None,
        "degree": {str(v): d for v, d in g.degree()},
        "strength": {str(v): d for v, d in g.degree(weight="weight")},
    }


def write(name, g, worlds=lambda v: "association"):
    actors, links = territory(g, worlds)
    doc = {
        "name": name,
        "networkx": nx.__version__,
        "directed": g.is_directed(),
        "actors": actors,
        "links": links,
        "expected": figures(g),
    }
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = random.Random(7)

    g = nx.Graph()
    g.add_nodes_from(["__proto__", "constructor", "toString", "01", "1", "Conseil départemental de l'Isère", "isolé"])
    for u, v, w in [("__proto__", "constructor", 2.5), ("constructor", "toString", 1), ("toString", "__proto__", 0.5),
                    ("01", "1", 3), ("Conseil départemental de l'Isère", "1", 1.25)]:
        g.add_edge(u, v, weight=w)
    write("odd-ids-disconnected", g, lambda v: ["association", "entreprise", "collectivité"][len(v) % 3])

    ba = nx.barabasi_albert_graph(300, 3, seed=11)
    for u, v in ba.edges:
        ba[u][v]["weight"] = round(rng.uniform(0.5, 5), 3)
    ba.add_nodes_from([300, 301])  # isolates
    write("ba-300-weighted-isolates", ba)

    d = nx.gnp_random_graph(60, 0.06, seed=5, directed=True)
    for u, v in d.edges:
        d[u][v]["weight"] = rng.choice([1, 2, 3])
    write("directed-60", d)

    write("single-actor", nx.empty_graph(1))
    write("empty", nx.empty_graph(0))


if __name__ == "__main__":
    main()
