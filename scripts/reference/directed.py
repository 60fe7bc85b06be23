#!/usr/bin/python3
"""Reference values for the directed figures (reciprocity, triad census) from
NetworkX 2.8 (`nx.overall_reciprocity`, `nx.triadic_census`) and, for the same
graphs, R sna 2.7 (`grecip(g, measure = "edgewise")`, `triad.census(g)`), so
that the fixtures record both references and the test checks they agree.

Run with Debian's python3-networkx and r-cran-sna:
  /usr/bin/python3 scripts/reference/directed.py
Writes packages/core/test/fixtures/directed/*.json.
"""
import json
import os
import subprocess

import networkx as nx

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "packages", "core", "test", "fixtures", "directed")
TRIADS = ["003", "012", "102", "021D", "021U", "021C", "111D", "111U", "030T", "030C", "201", "120D", "120U",
          "120C", "210", "300"]

R_SCRIPT = """
suppressMessages(library(sna))
args <- commandArgs(trailingOnly = TRUE)
n <- as.integer(args[1])
m <- matrix(0, n, n)
if (length(args) > 1) {
  arcs <- matrix(as.integer(strsplit(args[2], ",")[[1]]), ncol = 2, byrow = TRUE)
  m[arcs + 1] <- 1
}
cat(as.character(packageVersion("sna")), "\\n")
cat(if (sum(m) > 0) sprintf("%.17g", grecip(m, measure = "edgewise")) else "NA", "\\n")
cat(triad.census(m), "\\n")
"""


def sna(g):
    position = {v: i for i, v in enumerate(g.nodes)}
    arcs = ",".join(f"{position[u]},{position[v]}" for u, v in g.edges)
    args = ["Rscript", "-e", R_SCRIPT, str(g.number_of_nodes())] + ([arcs] if arcs else [])
    lines = subprocess.run(args, check=True, capture_output=True, text=True).stdout.split("\n")
    recip = lines[1].strip()
    census = [int(float(x)) for x in lines[2].split()]
    return lines[0].strip(), None if recip == "NA" else float(recip), dict(zip(TRIADS, census))


def write(name, g):
    version, sna_recip, sna_census = sna(g)
    census = nx.triadic_census(g)
    doc = {
        "name": name,
        "networkx": nx.__version__,
        "sna": version,
        "directed": True,
        "actors": [{"id": str(v)} for v in g.nodes],
        "links": [{"source": str(u), "target": str(v)} for u, v in g.edges],
        "expected": {
            "reciprocity": nx.overall_reciprocity(g) if g.number_of_edges() else None,
            "triadCensus": {t: census[t] for t in TRIADS},
        },
        "sna": {"reciprocity": sna_recip, "triadCensus": sna_census},
    }
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)


def main():
    os.makedirs(OUT, exist_ok=True)
    write("gnp-60", nx.gnp_random_graph(60, 0.08, seed=5, directed=True))
    dense = nx.gnp_random_graph(25, 0.4, seed=3, directed=True)
    write("dense-25", dense)

    g = nx.DiGraph()
    g.add_nodes_from(["__proto__", "constructor", "toString", "a", "b", "c", "isolé"])
    g.add_edges_from([("__proto__", "constructor"), ("constructor", "__proto__"), ("constructor", "toString"),
                      ("toString", "__proto__"), ("a", "b"), ("b", "c"), ("c", "a"), ("a", "c")])
    write("odd-ids-disconnected", g)

    write("no-links", nx.empty_graph(4, create_using=nx.DiGraph))


if __name__ == "__main__":
    main()
