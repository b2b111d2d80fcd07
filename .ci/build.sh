#!/bin/sh
# build.sh OUT: the static release build. The Dockerfile runs this very
# script, and so does .ci/run, so a broken image build shows up in CI even
# where no Docker engine runs.
set -eu
out=${1:-factbot}
CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o "$out" .
