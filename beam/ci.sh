#!/usr/bin/env bash
# Checks of the Beam pipeline module: vet and tests on the local runner
# (prism, in process: no Docker, no network beyond the Go module proxy for
# the download). Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")"

go mod download
go vet ./...
go test ./...
