#!/usr/bin/env bash
# Latency of a run served from its record over HTTP, on loopback, against a running app:
#   bench/http.sh [base-url] [requests]      (defaults: http://localhost:8080, 300)
# The first request computes the run (or finds it in PostgreSQL); the rest are served from memory.
set -euo pipefail
base=${1:-http://localhost:8080}
n=${2:-300}
url="$base/api/simulations/deep-linear/run?seed=1"
curl -sf -o /dev/null "$url"
for _ in $(seq 1 20); do curl -s -o /dev/null "$url"; done   # warm-up
for _ in $(seq 1 "$n"); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n |
  awk '{a[NR] = $1} END {printf "cached run over HTTP: %d requests, p50 %.2f ms, p95 %.2f ms, max %.2f ms\n",
       NR, a[int(NR * 0.50)] * 1000, a[int(NR * 0.95)] * 1000, a[NR] * 1000}'
