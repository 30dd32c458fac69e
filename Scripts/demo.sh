#!/usr/bin/env bash
# The main job: build CityKG, generate a sample district, load it atomically, and look at it.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
PERSONS="${PERSONS:-20000}"
WORK="${WORK:-$(mktemp -d /tmp/citykg-demo-XXXXXX)}"
swift build -c release --product citykg
BIN="$(swift build -c release --show-bin-path)/citykg"

echo "== generating a district of $PERSONS persons in $WORK/data"
"$BIN" generate --persons "$PERSONS" --seed 42 --out "$WORK/data"

echo "== loading the ontology and the seven departments' records"
"$BIN" load --db "$WORK/db" --graph https://citykg.example/graph/ontology Ontology/*.ttl
"$BIN" load --db "$WORK/db" --verbose "$WORK/data"/*.nq

echo "== statistics"
"$BIN" stats --db "$WORK/db" --top 8

echo "== graphs"
"$BIN" graphs --db "$WORK/db"

echo "== a few records of the police graph (Turtle)"
"$BIN" dump --db "$WORK/db" --graph https://citykg.example/graph/police --format turtle | head -25

echo "== store folder: $WORK/db ($(du -sh "$WORK/db" | cut -f1))"
