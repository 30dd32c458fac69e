#!/usr/bin/env python3
"""Runs SPARQL query files against a pyoxigraph store: the peer of `citykg bench query`.

usage: oxigraph_query.py STORE_DIR RUNS FILE.rq...

Each query runs once to warm up, then RUNS times; a run is the query plus reading every
solution and every term in it, the same work `citykg bench query` times on its side.
Prints one JSON object on standard output:

    {"engine": "pyoxigraph 0.5.13",
     "queries": [{"file": "01-id-lookup.rq", "median_ms": 1.23, "runs_ms": [...],
                  "ordered": false, "variables": ["name", ...],
                  "rows": [["name=\\"张伟\\"", "p=<https://...>"], ...]}]}

A row is the sorted list of its bindings written `var=N-Triples term` (unbound variables are
left out). Rows come in the engine's order when the query has ORDER BY, sorted otherwise, so
two engines' answers compare as lists. ASK gives one row ["boolean=true"] or ["boolean=false"];
CONSTRUCT and DESCRIBE give one row per triple, ["triple=S P O"].
"""
import json
import re
import statistics
import sys
import time

import pyoxigraph

# ORDER BY outside comment lines decides whether the row order is part of the answer.
ORDER_BY = re.compile(r"\bORDER\s+BY\b", re.IGNORECASE)


def strip_comments(text: str) -> str:
    """The query without its comment lines (the bench queries comment on lines of their own)."""
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def run_once(store: pyoxigraph.Store, text: str):
    """Runs the query and reads every term of every solution; returns (ms, rows, variables)."""
    started = time.perf_counter()
    result = store.query(text)
    variables = []
    if isinstance(result, pyoxigraph.QuerySolutions):
        variables = [v.value for v in result.variables]
        rows = [tuple(solution) for solution in result]
    elif isinstance(result, pyoxigraph.QueryBoolean):
        rows = bool(result)
    else:
        rows = list(result)
    ms = (time.perf_counter() - started) * 1000
    return ms, rows, variables


def canonical(rows, variables):
    """Rows as sorted lists of `var=term` strings."""
    if isinstance(rows, bool):
        return [["boolean=" + ("true" if rows else "false")]]
    if not variables:
        return [["triple=" + str(t)] for t in rows]
    out = []
    for row in rows:
        out.append(sorted(f"{v}={t}" for v, t in zip(variables, row) if t is not None))
    return out


def main() -> None:
    store = pyoxigraph.Store.read_only(sys.argv[1])
    runs = int(sys.argv[2])
    report = []
    for path in sys.argv[3:]:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        ordered = bool(ORDER_BY.search(strip_comments(text)))
        _, rows, variables = run_once(store, text)
        times = [run_once(store, text)[0] for _ in range(runs)]
        rows = canonical(rows, variables)
        if not ordered:
            rows.sort()
        report.append({
            "file": path.rsplit("/", 1)[-1],
            "median_ms": statistics.median(times),
            "runs_ms": times,
            "ordered": ordered,
            "variables": variables,
            "rows": rows,
        })
        print(f"{path}: {statistics.median(times):.2f} ms, {len(rows)} rows", file=sys.stderr)
    json.dump({"engine": "pyoxigraph " + pyoxigraph.__version__, "queries": report},
              sys.stdout, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
