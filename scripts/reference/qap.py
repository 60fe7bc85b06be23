#!/usr/bin/python3
"""Reference values for QAP regression from R sna 2.7 (`netlm`, `netlogit`,
`nullhyp = "qapspp"`: Dekker, Krackhardt & Snijders double semi-partialling).

The territories are drawn here (seeded); the predictor matrices are computed
here from their definitions (same value, |difference|, haversine distance,
network distance with the pair's own link set aside via NetworkX), written to
R as matrices, and R's coefficients, R², t/z-values and two-sided p-values
(`pgreqabs`) are recorded with the number of permutations R used.

Run with Debian's python3-networkx and r-cran-sna:
  /usr/bin/python3 scripts/reference/qap.py
Writes packages/core/test/fixtures/qap/*.json.
"""
import json
import math
import os
import random
import subprocess
import tempfile

import networkx as nx

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "packages", "core", "test", "fixtures", "qap")
REPS = 2000

R_SCRIPT = """
suppressMessages(library(sna)); suppressMessages(library(jsonlite))
args <- commandArgs(trailingOnly = TRUE)
input <- fromJSON(args[1])
n <- input$n
y <- input$y  # fromJSON reads nested lists as an n x n matrix, row by row
x <- lapply(seq_len(dim(input$x)[1]), function(k) input$x[k, , ])  # and the predictors as a k x n x n array
mode <- if (input$directed) "digraph" else "graph"
set.seed(1)
fit <- if (input$method == "ols") netlm(y, x, mode = mode, nullhyp = "qapspp", reps = input$reps) else
  netlogit(y, x, mode = mode, nullhyp = "qapspp", reps = input$reps)
yv <- y[if (mode == "graph") lower.tri(y) else row(y) != col(y)]
# R² of the linear fit; McFadden's pseudo-R² against the intercept-only model for the logistic one
# (netlogit's own null.deviance is that of eta = 0, as it fits without a separate intercept).
r2 <- if (input$method == "ols") 1 - sum(fit$residuals^2) / sum((yv - mean(yv))^2) else
  1 - fit$deviance / glm(yv ~ 1, family = binomial)$deviance
cat(toJSON(list(sna = as.character(packageVersion("sna")), coefficients = fit$coefficients,
  statistics = fit$tstat, pValues = fit$pgreqabs, r2 = r2), digits = NA, auto_unbox = TRUE))
"""


def haversine(a, b):
    r = math.pi / 180
    h = math.sin((b[0] - a[0]) * r / 2) ** 2 + math.cos(a[0] * r) * math.cos(b[0] * r) * math.sin((b[1] - a[1]) * r / 2) ** 2
    return 2 * 6371 * math.asin(min(1, math.sqrt(h)))


def network_distance(g, u, v):
    """Steps between u and v through other actors, their own link set aside; n when no path."""
    h = nx.Graph(g.to_undirected()) if g.is_directed() else nx.Graph(g)
    if h.has_edge(u, v):
        h.remove_edge(u, v)
    try:
        return nx.shortest_path_length(h, u, v)
    except nx.NetworkXNoPath:
        return g.number_of_nodes()


def predictor(actors, name, g):
    ids = [a["id"] for a in actors]
    by_id = {a["id"]: a for a in actors}
    if name == "same-world":
        return lambda i, j: 1.0 if by_id[i]["world"] == by_id[j]["world"] else 0.0
    if name.startswith("same-"):
        key = name[5:]
        return lambda i, j: 1.0 if by_id[i]["attributes"][key] == by_id[j]["attributes"][key] else 0.0
    if name == "distance" and all("lat" in a for a in actors):
        return lambda i, j: haversine((by_id[i]["lat"], by_id[i]["lon"]), (by_id[j]["lat"], by_id[j]["lon"]))
    if name == "distance":
        cache = {}
        def dist(i, j):
            key = (min(ids.index(i), ids.index(j)), max(ids.index(i), ids.index(j)))
            if key not in cache:
                cache[key] = network_distance(g, i, j)
            return float(cache[key])
        return dist
    return lambda i, j: abs(by_id[i]["attributes"][name] - by_id[j]["attributes"][name])


def netlm(actors, links, directed, names, method, g):
    ids = [a["id"] for a in actors]
    y = [[0.0] * len(ids) for _ in ids]
    pos = {v: k for k, v in enumerate(ids)}
    for link in links:
        y[pos[link["source"]]][pos[link["target"]]] = 1.0
        if not directed:
            y[pos[link["target"]]][pos[link["source"]]] = 1.0
    xs = []
    for name in names:
        f = predictor(actors, name, g)
        xs.append([[0.0 if i == j else f(i, j) for j in ids] for i in ids])
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as tmp:
        json.dump({"n": len(ids), "y": y, "x": xs, "directed": directed, "method": method, "reps": REPS}, tmp)
    try:
        out = subprocess.run(["Rscript", "-e", R_SCRIPT, tmp.name], check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(tmp.name)
    fit = json.loads(out)
    keys = ["intercept"] + names
    return {
        "sna": fit["sna"],
        "method": method,
        "predictors": names,
        "permutations": REPS,
        "coefficients": dict(zip(keys, fit["coefficients"])),
        "statistics": dict(zip(keys, fit["statistics"])),
        "pValues": dict(zip(keys, fit["pValues"])),
        "r2": fit["r2"],
    }


def draw(n, directed, located, seed):
    rng = random.Random(seed)
    worlds = ["association", "entreprise", "collectivité"]
    communes = ["Grenoble", "Voiron", "Vienne", "Crolles"]
    ids = ["__proto__", "constructor"] + [f"a{k}" for k in range(n - 3)] + ["isolé"]
    actors = []
    for v in ids:
        actor = {"id": v, "world": rng.choice(worlds),
                 "attributes": {"commune": rng.choice(communes), "budget": round(rng.uniform(10, 500), 1)}}
        if located:
            actor["lat"] = round(45.0 + rng.uniform(0, 0.6), 4)
            actor["lon"] = round(5.4 + rng.uniform(0, 0.6), 4)
        actors.append(actor)
    by_id = {a["id"]: a for a in actors}
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(ids)
    pairs = [(i, j) for i in ids for j in ids if i != j] if directed else \
        [(i, j) for k, i in enumerate(ids) for j in ids[k + 1:]]
    for i, j in pairs:
        if "isolé" in (i, j):
            continue
        a, b = by_id[i], by_id[j]
        eta = -2.6 + 1.4 * (a["world"] == b["world"]) + 0.9 * (a["attributes"]["commune"] == b["attributes"]["commune"]) \
            - 0.003 * abs(a["attributes"]["budget"] - b["attributes"]["budget"])
        if rng.random() < 1 / (1 + math.exp(-eta)):
            g.add_edge(i, j)
    links = [{"source": u, "target": v} for u, v in g.edges]
    return actors, links, g


def write(name, n, directed, located, seed, regressions):
    actors, links, g = draw(n, directed, located, seed)
    doc = {"name": name, "networkx": nx.__version__, "directed": directed, "actors": actors, "links": links,
           "regressions": [netlm(actors, links, directed, names, method, g) for names, method in regressions]}
    if not located:
        ids = [a["id"] for a in actors]
        doc["networkDistance"] = [[u, v, network_distance(g, u, v)] for k, u in enumerate(ids) for v in ids[k + 1:]]
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)


def main():
    os.makedirs(OUT, exist_ok=True)
    write("undirected-located", 40, False, True, 3, [
        (["same-world", "same-commune", "distance", "budget"], "ols"),
        (["same-world", "budget"], "logistic"),
    ])
    write("directed-network-distance", 30, True, False, 8, [
        (["same-world", "distance", "budget"], "ols"),
    ])


if __name__ == "__main__":
    main()
