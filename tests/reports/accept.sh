#!/usr/bin/env bash
# Accepts the report output the approval tests last received as the new baselines.
# Usage: tests/reports/accept.sh [BUILD_DIR]   (default: build). Review `git diff` afterwards.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../build}"
received="$build/tests/reports/received"
if [ ! -d "$received" ] || [ -z "$(ls -A "$received")" ]; then
  echo "nothing to accept: $received is empty (run reports_tests first)" >&2
  exit 1
fi
for file in "$received"/*; do
  cp -- "$file" "$here/approved/$(basename -- "$file")"
  echo "accepted $(basename -- "$file")"
done
rm -f -- "$received"/*
