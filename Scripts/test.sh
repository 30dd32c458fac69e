#!/usr/bin/env bash
# Runs every test: unit tests, the crash tests, and the W3C conformance suites (which print
# their pass counts). The suites are read from ../shared/w3c beside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
swift build --build-tests
swift test --skip-build 2>&1 | tee .build/test-output.txt
