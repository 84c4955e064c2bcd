#!/usr/bin/env bash
# Frame cache benchmark: peak heap and throughput while playing a generated long video.
# Usage: tools/bench-frame-cache.sh [FRAMES=20000] [CACHE_MIB=256]
# Needs the ffmpeg command-line tool (to generate the H.264 test video with B-frames).
set -euo pipefail
cd "$(dirname "$0")/.."
frames="${1:-20000}"
cache_mib="${2:-256}"
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
mvn -B -q -pl app -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test -Dspotless.check.skip=true >&2
exec java -Xmx512m -cp "app/target/test-classes:app/target/classes:$(cat "$cp_file")" \
  org.inbetween.app.video.FrameCacheBenchmark "$frames" "$cache_mib"
