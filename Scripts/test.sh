#!/usr/bin/env bash
# Runs every test: unit tests, the crash tests, and the W3C conformance suites (which print
# their pass counts). The suites are read from ../shared/w3c beside the checkout.
set -uo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh || exit 1
swift build --build-tests || exit 1
swift test --skip-build 2>&1 | tee .build/test-output.txt
status=${PIPESTATUS[0]}
# The tests are Swift Testing tests; XCTest's own summary ("Executed 0 tests") says nothing about
# them, so end with one plain line counting the Swift Testing results.
total=$(sed -n 's/.*Test run with \([0-9]*\) tests\{0,1\} in .*/\1/p' .build/test-output.txt | tail -1)
failed=$(grep -E '^✘ Test .* failed after' .build/test-output.txt | grep -v 'Test run with' | sed 's/ with [0-9]* issues\{0,1\}.*//' | sort -u | wc -l)
total=${total:-0}
if [ "$total" -eq 0 ] && [ "$status" -ne 0 ]; then failed=1; fi
echo "tests: $((total - failed)) passed, $failed failed"
exit "$status"
