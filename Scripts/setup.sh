#!/usr/bin/env bash
# Installs the Debian packages CityKG builds against, when they are missing.
set -euo pipefail
need=()
pkg-config --exists rocksdb 2>/dev/null || need+=(librocksdb-dev)
pkg-config --exists raptor2 2>/dev/null || need+=(libraptor2-dev)
pkg-config --exists zlib 2>/dev/null || need+=(zlib1g-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" pkg-config >/dev/null
fi
