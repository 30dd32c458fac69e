#!/usr/bin/env python3
"""Bulk-loads N-Quads files into a pyoxigraph store: the peer of `citykg bench load`.

usage: oxigraph_load.py STORE_DIR FILE...
Prints the number of quads in the store when done.
"""
import sys

import pyoxigraph


def main() -> None:
    store = pyoxigraph.Store(sys.argv[1])
    for path in sys.argv[2:]:
        store.bulk_load(path=path, format=pyoxigraph.RdfFormat.N_QUADS)
    store.flush()
    print(len(store))


if __name__ == "__main__":
    main()
