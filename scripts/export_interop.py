"""Reads what `policygraph export` wrote with the tools researchers use.

    python export_interop.py DIR

DIR holds graph.graphml, graph.jsonl and csv/{entities,relations,evidence}.csv
of one store. The JSON lines are the reference: networkx must read the
GraphML into the same nodes, edges and attributes, and Python's csv module
the tables into the same rows. Exits 1 with a line per difference.
"""

import csv
import json
import os
import sys

import networkx as nx


def main(d):
    entities, relations = {}, {}
    with open(os.path.join(d, "graph.jsonl"), encoding="utf-8") as f:
        for line in f:
            v = json.loads(line)
            if v["type"] == "entity":
                entities[v["entity"]["id"]] = v["entity"]
            else:
                relations[v["relation"]["id"]] = v["relation"]
    edges = {k: r for k, r in relations.items() if r.get("object")}
    errors = []

    g = nx.read_graphml(os.path.join(d, "graph.graphml"))
    if not g.is_directed() or not g.is_multigraph():
        errors.append("GraphML read as %s, want a directed multigraph" % type(g).__name__)
    if set(g.nodes) != set(entities):
        errors.append("GraphML nodes differ from the entities: %d vs %d" % (g.number_of_nodes(), len(entities)))
    for n, attrs in g.nodes(data=True):
        e = entities.get(n)
        if e and (attrs.get("label") != e["name"] or attrs.get("kind") != e["kind"]):
            errors.append("node %s: %r, want name %r kind %r" % (n, attrs, e["name"], e["kind"]))
    got = {}
    for u, v, k, attrs in g.edges(keys=True, data=True):
        got[k] = (u, v, attrs)
    if set(got) != set(edges):
        errors.append("GraphML edges differ from the relations with an object: %d vs %d" % (len(got), len(edges)))
    for k, (u, v, attrs) in got.items():
        r = edges.get(k)
        if r is None:
            continue
        if (u, v, attrs.get("label")) != (r["subject"], r["object"], r["type"]):
            errors.append("edge %s: %s -%s-> %s, want %s -%s-> %s" % (k, u, attrs.get("label"), v, r["subject"], r["type"], r["object"]))
        if attrs.get("evidence") != len(r["evidence"]) or attrs.get("sentence") != r["evidence"][0]["sentence"]:
            errors.append("edge %s: evidence %r, want %d items" % (k, attrs.get("evidence"), len(r["evidence"])))

    def table(name):
        with open(os.path.join(d, "csv", name), newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f))

    ents, rels, evs = table("entities.csv"), table("relations.csv"), table("evidence.csv")
    if {r["Id"]: r["Label"] for r in ents} != {k: e["name"] for k, e in entities.items()}:
        errors.append("entities.csv differs from the entities")
    if {r["Id"]: (r["Source"], r["Target"], r["Label"]) for r in rels} != {
        k: (r["subject"], r.get("object", ""), r["type"]) for k, r in relations.items()
    }:
        errors.append("relations.csv differs from the relations")
    want = sorted((k, e["story"], e["start"], e["end"], e["sentence"]) for k, r in relations.items() for e in r["evidence"])
    have = sorted((r["relation"], r["story"], int(r["start"]), int(r["end"]), r["sentence"]) for r in evs)
    if have != want:
        errors.append("evidence.csv differs from the relations' evidence: %d rows, want %d" % (len(have), len(want)))

    for e in errors:
        print("export-interop:", e, file=sys.stderr)
    if errors:
        return 1
    print(
        "export-interop: networkx %s read %d nodes and %d edges; csv read %d entities, %d relations, %d evidence rows"
        % (nx.__version__, g.number_of_nodes(), g.number_of_edges(), len(ents), len(rels), len(evs))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
