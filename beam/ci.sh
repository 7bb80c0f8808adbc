#!/usr/bin/env bash
# Checks of the Beam pipeline module: its tests on the local runner
# (prism, in process: no Docker, no network beyond the Go module proxy for
# the download). Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")"

# go test runs the high-confidence vet checks; a full go vet of Beam and its
# dependencies would add some ten minutes to a cold run
go test ./...
