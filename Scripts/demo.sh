#!/usr/bin/env bash
# The main job: build CityKG, generate a sample district, load it atomically, look at it, query
# it across departments, and change it with an atomic update.
set -eu   # no pipefail: `citykg dump | head` ends the dump with SIGPIPE, as intended
cd "$(dirname "$0")/.."
Scripts/setup.sh
PERSONS="${PERSONS:-66000}"     # about 1 M quads
WORK="${WORK:-$(mktemp -d /tmp/citykg-demo-XXXXXX)}"
swift build -c release --product citykg
BIN="$(swift build -c release --show-bin-path)/citykg"
DB="$WORK/db"

echo "== generating a district of $PERSONS persons in $WORK/data"
"$BIN" generate --persons "$PERSONS" --seed 42 --out "$WORK/data"

echo "== loading the ontology and the seven departments' records (one atomic load each)"
"$BIN" load --db "$DB" --quiet --graph https://citykg.example/graph/ontology Ontology/*.ttl
"$BIN" load --db "$DB" --verbose "$WORK/data"/*.nq

echo "== statistics"
"$BIN" stats --db "$DB" --top 8

echo "== graphs"
"$BIN" graphs --db "$DB"

echo "== a few records of the police graph (Turtle)"
"$BIN" dump --db "$DB" --graph https://citykg.example/graph/police --format turtle | head -16

echo "== which departments hold a record with this ID number? (GRAPH ?g)"
"$BIN" query --db "$DB" --format table -f Queries/bench/02-id-across-departments.rq

echo "== requests per administrative unit (ck:partOf+ property path, GROUP BY)"
"$BIN" query --db "$DB" --format table -f Queries/bench/11-requests-per-admin-unit.rq | head -12

echo "== chronic patients matched with police records on the ID number (first rows)"
"$BIN" query --db "$DB" --format table -f Queries/bench/06-chronic-patients-police.rq | head -8

echo "== the optimized plan of that query, with estimated and actual rows"
"$BIN" query --db "$DB" --explain --analyze -f Queries/bench/06-chronic-patients-police.rq

echo "== an atomic update: the grid marks one request as handled"
"$BIN" update --db "$DB" '
PREFIX ck: <https://citykg.example/ontology#>
DELETE { GRAPH ?g { ?r ck:status ?old } }
INSERT { GRAPH ?g { ?r ck:status "已办结"@zh } }
WHERE  { { SELECT ?r ?g ?old WHERE { GRAPH ?g { ?r a ck:Request ; ck:status ?old } } ORDER BY ?r LIMIT 1 } }'
"$BIN" query --db "$DB" --format table '
PREFIX ck: <https://citykg.example/ontology#>
SELECT ?status (COUNT(*) AS ?requests) WHERE { GRAPH ?g { ?r a ck:Request ; ck:status ?status } }
GROUP BY ?status ORDER BY DESC(?requests)'

echo "== store folder: $DB ($(du -sh "$DB" | cut -f1))"
