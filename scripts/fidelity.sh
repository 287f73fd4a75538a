#!/usr/bin/env bash
# Measures the bundled set twice and checks how well measurements agree:
#   1. builds data/afterburner/afterburner.jsonl if it is missing;
#   2. two independent `afterburner distribution` runs (RUNS runs per solution each);
#   3. `afterburner fidelity`: the share of clearly different pairs (>= 1.3x median CPU
#      time) that one fresh run orders correctly, and Kendall's tau between the two.
# Usage: scripts/fidelity.sh [OUT_DIR]   (env: RUNS=16, CPUS=all allowed)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/fidelity}
runs=${RUNS:-16}
cpus=()
if [[ -n "${CPUS:-}" ]]; then cpus=(--cpus "$CPUS"); fi
bin=target/release/afterburner
set_file=data/afterburner/afterburner.jsonl
mkdir -p "$out"

if [[ ! -f "$set_file" ]]; then
    "$bin" dataset build "${cpus[@]}" data/afterburner
fi
for pass in a b; do
    "$bin" distribution "${cpus[@]}" --runs "$runs" --dataset "$set_file" \
        --out "$out/measured-$pass.jsonl" --json >"$out/distribution-$pass.json"
    echo "distribution $pass: $(grep -o '"seconds": [0-9.]*' "$out/distribution-$pass.json")"
done
"$bin" fidelity "${cpus[@]}" --dataset "$out/measured-a.jsonl" \
    --against "$out/measured-b.jsonl" --json | tee "$out/fidelity.json"
