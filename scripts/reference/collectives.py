#!/usr/bin/python3
"""Reference values for collectives (two-mode analysis and the co-membership projection).

Run with Debian's python3-networkx:  /usr/bin/python3 scripts/reference/collectives.py
Writes packages/core/test/fixtures/collectives/*.json: a territory (actors, links,
collectives, memberships) and what NetworkX 2.8 says of it.

Calls (NetworkX 2.8), matching packages/core/src/collectives/*:
  two-mode graph B     actors in at least one collective + every collective, one edge per membership
  twoMode.degree       nx.bipartite.degree_centrality(B, actors)
  twoMode.betweenness  nx.bipartite.betweenness_centrality(B, actors)   (None where NetworkX divides by 0)
  twoMode.closeness    nx.bipartite.closeness_centrality(B, actors)
  projected.newman     nx.bipartite.collaboration_weighted_projected_graph(B, actors) weights
  projected.count      nx.bipartite.weighted_projected_graph(B, actors) weights
  union.<projection>   explicit links + projected weights summed, then on that graph:
                       betweenness nx.betweenness_centrality(U),
                       betweennessWeighted nx.betweenness_centrality(U, weight=1/weight), replaced
                       by igraph's where they differ (NetworkX misses the float ties 1/(k-1) sums make,
                       as scripts/reference/centrality.py explains),
                       closeness nx.closeness_centrality(U), strength (weighted degree)
"""
import json
import os
import random
import sys

import networkx as nx
from networkx.algorithms import bipartite

sys.path.insert(0, os.path.dirname(__file__))
from centrality import igraph_weighted_betweenness  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "packages", "core", "test", "fixtures", "collectives")


def two_mode(actors, collectives, memberships):
    b = nx.Graph()
    members = {m["actor"] for m in memberships}
    top = [a["id"] for a in actors if a["id"] in members]
    b.add_nodes_from(top, bipartite=0)
    b.add_nodes_from([c["id"] for c in collectives], bipartite=1)
    b.add_edges_from((m["actor"], m["collective"]) for m in memberships)
    return b, top


def safe(fn):
    try:
        return fn()
    except ZeroDivisionError:
        return None


def union(actors, links, projected):
    u = nx.Graph()
    u.add_nodes_from(a["id"] for a in actors)
    for link in links:
        w = link.get("weight", 1)
        if u.has_edge(link["source"], link["target"]):
            u[link["source"]][link["target"]]["weight"] += w
        else:
            u.add_edge(link["source"], link["target"], weight=w)
    for a, b, d in projected.edges(data=True):
        if u.has_edge(a, b):
            u[a][b]["weight"] += d["weight"]
        else:
            u.add_edge(a, b, weight=d["weight"])
    for _, _, d in u.edges(data=True):
        d["distance"] = 1.0 / d["weight"]
    return {
        "betweenness": nx.betweenness_centrality(u),
        "betweennessWeighted": weighted_betweenness(u),
        "closeness": nx.closeness_centrality(u),
        "strength": dict(u.degree(weight="weight")),
    }


def weighted_betweenness(u):
    nx_values = nx.betweenness_centrality(u, weight="distance")
    ig_values = igraph_weighted_betweenness(u)
    same = all(abs(nx_values[v] - ig_values[v]) <= 1e-9 + 1e-6 * abs(ig_values[v]) for v in u)
    return nx_values if same else ig_values


def weights(g):
    return sorted([sorted([a, b]) + [d["weight"]] for a, b, d in g.edges(data=True)])


def write(name, actors, links, collectives, memberships):
    b, top = two_mode(actors, collectives, memberships)
    degree = bipartite.degree_centrality(b, top) if top and len(top) < len(b) else {}
    between = safe(lambda: bipartite.betweenness_centrality(b, top)) if top else None
    close = bipartite.closeness_centrality(b, top) if top else {v: 0.0 for v in b}
    figures = {}
    for v in b:
        figures[v] = {
            "degree": degree.get(v),
            "betweenness": None if between is None else between[v],
            "closeness": close[v],
        }
    newman = bipartite.collaboration_weighted_projected_graph(b, top)
    count = bipartite.weighted_projected_graph(b, top)
    fixture = {
        "name": name,
        "networkx": nx.__version__,
        "directed": False,
        "actors": actors,
        "links": links,
        "collectives": collectives,
        "memberships": memberships,
        "expected": {
            "twoMode": {
                "actors": {a: figures[a] for a in top},
                "collectives": {c["id"]: figures[c["id"]] for c in collectives},
            },
            "projected": {"newman": weights(newman), "count": weights(count)},
            "union": {
                "newman": union(actors, links, newman),
                "count": union(actors, links, count),
                "none": union(actors, links, nx.Graph()),
            },
        },
    }
    with open(os.path.join(OUT, f"{name}.json"), "w") as f:
        json.dump(fixture, f, indent=1, ensure_ascii=False)
        f.write("\n")


def committee():
    # A steering committee drawn as co-presence, two bilateral links, a project of three.
    actors = [{"id": x, "world": w} for x, w in [
        ("gaia", "association"), ("city", "collectivité"), ("bank", "entreprise"),
        ("univ", "académique"), ("state", "État"), ("found", "fondation"), ("coop", "entreprise")]]
    links = [{"source": "gaia", "target": "coop", "weight": 2}, {"source": "univ", "target": "found"}]
    collectives = [{"id": "copil", "kind": "committee"}, {"id": "project", "kind": "project"}]
    memberships = [{"collective": "copil", "actor": a} for a in ["gaia", "city", "bank", "state"]]
    memberships += [{"collective": "project", "actor": a} for a in ["univ", "bank", "coop"]]
    write("committee", actors, links, collectives, memberships)


def gatekeeper():
    # Two collectives that share only "hub", a third sharing two members with the first.
    actors = [{"id": x} for x in ["hub", "a1", "a2", "a3", "b1", "b2", "c1"]]
    collectives = [{"id": "A"}, {"id": "B"}, {"id": "C"}]
    memberships = [{"collective": "A", "actor": a} for a in ["hub", "a1", "a2", "a3"]]
    memberships += [{"collective": "B", "actor": a} for a in ["hub", "b1", "b2"]]
    memberships += [{"collective": "C", "actor": a} for a in ["a1", "a2", "c1"]]
    write("gatekeeper", actors, [], collectives, memberships)


def odd_ids():
    # Ids that break plain objects, a disconnected two-mode graph, an actor in no collective,
    # a collective without members and one with a single member.
    actors = [{"id": x} for x in ["__proto__", "constructor", "toString", "x", "y", "loner"]]
    links = [{"source": "loner", "target": "x", "weight": 0.5}]
    collectives = [{"id": "hasOwnProperty"}, {"id": "k2"}, {"id": "solo"}, {"id": "empty"}]
    memberships = [{"collective": "hasOwnProperty", "actor": a} for a in ["__proto__", "constructor", "toString"]]
    memberships += [{"collective": "k2", "actor": "x"}, {"collective": "k2", "actor": "y"}]
    memberships += [{"collective": "solo", "actor": "constructor"}]
    write("odd-ids", actors, links, collectives, memberships)


def random_affiliations(seed, n_actors, n_collectives, n_links):
    rng = random.Random(seed)
    worlds = ["association", "entreprise", "collectivité", "État", "académique", "fondation"]
    actors = [{"id": f"a{i}", "world": rng.choice(worlds)} for i in range(n_actors)]
    ids = [a["id"] for a in actors]
    links, seen = [], set()
    while len(links) < n_links:
        s, t = rng.sample(ids, 2)
        if (s, t) in seen or (t, s) in seen:
            continue
        seen.add((s, t))
        links.append({"source": s, "target": t, "weight": rng.choice([1, 1, 2, 3])})
    collectives = [{"id": f"c{j}", "kind": rng.choice(["committee", "project", "consortium"])}
                   for j in range(n_collectives)]
    memberships = []
    for c in collectives:
        for a in rng.sample(ids, rng.randint(2, 7)):
            memberships.append({"collective": c["id"], "actor": a})
    write(f"random-{seed}", actors, links, collectives, memberships)


def main():
    os.makedirs(OUT, exist_ok=True)
    committee()
    gatekeeper()
    odd_ids()
    random_affiliations(7, 40, 10, 35)
    random_affiliations(11, 25, 6, 0)


if __name__ == "__main__":
    main()
