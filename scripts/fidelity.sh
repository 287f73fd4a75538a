#!/usr/bin/env bash
# Measures the bundled set twice and checks how well measurements agree:
#   1. builds the set's afterburner.jsonl if it is missing;
#   2. keeps the solutions labelled correct (only passing solutions are ranked; a
#      too-slow one would cost its whole CPU limit per run);
#   3. two independent `afterburner distribution` runs (RUNS runs per solution each, in
#      rounds shuffled with seeds 1 and 2: within each problem, or with ORDER=set-rounds
#      over the whole set, or with ORDER=back-to-back each solution's runs one after
#      another);
#   4. `afterburner fidelity`: the share of clearly different pairs (>= 1.3x and >= 1.1x
#      median CPU time, within a problem and language) that one fresh run orders
#      correctly, and Kendall's tau between the two measurements. With FRESH=n, n sets
#      of fresh runs one after another against the same two measurements, to show how
#      much that share moves from one set of fresh runs to the next.
# Usage: scripts/fidelity.sh [OUT_DIR]
#   env: RUNS=16, CPUS=all allowed, BIN=target/release/afterburner, ORDER=interleaved,
#        SET=data/afterburner (a source set folder; a copy holding some of the bundled
#        problems measures faster), FRESH=1, WARMUP_SECS=the commands' own default
#        (each core's unmeasured runs before a measurement's first measured one)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/fidelity}
runs=${RUNS:-16}
order=${ORDER:-interleaved}
fresh=${FRESH:-1}
if ! [[ "$fresh" =~ ^[1-9][0-9]*$ ]]; then
    echo "FRESH must be a whole number of at least 1, not '$fresh'" >&2
    exit 2
fi
set_dir=${SET:-data/afterburner}
cpus=()
if [[ -n "${CPUS:-}" ]]; then cpus=(--cpus "$CPUS"); fi
warm_up=()
if [[ -n "${WARMUP_SECS:-}" ]]; then warm_up=(--warmup-secs "$WARMUP_SECS"); fi
bin=${BIN:-target/release/afterburner}
set_file=$set_dir/afterburner.jsonl
mkdir -p "$out"

if [[ ! -f "$set_file" ]]; then
    "$bin" dataset build "${cpus[@]}" "$set_dir"
fi
passing="$out/passing.jsonl"
python3 - "$set_file" "$passing" <<'EOF'
import json, sys
with open(sys.argv[1]) as src, open(sys.argv[2], "w") as dst:
    for line in src:
        record = json.loads(line)
        record["solutions"] = [s for s in record["solutions"] if s.get("passed") is True]
        dst.write(json.dumps(record) + "\n")
EOF
seed=0
for pass in a b; do
    seed=$((seed + 1))
    "$bin" distribution "${cpus[@]}" "${warm_up[@]}" --runs "$runs" --order "$order" --seed "$seed" --dataset "$passing" \
        --out "$out/measured-$pass.jsonl" --json >"$out/distribution-$pass.json"
    echo "distribution $pass: $(grep -o '"seconds": [0-9.]*' "$out/distribution-$pass.json")"
done
fidelity() {
    "$bin" fidelity "${cpus[@]}" "${warm_up[@]}" --dataset "$out/measured-a.jsonl" \
        --against "$out/measured-b.jsonl" --json
}
if [[ "$fresh" == 1 ]]; then
    fidelity | tee "$out/fidelity.json"
    exit 0
fi
for set in $(seq 1 "$fresh"); do
    fidelity >"$out/fidelity-$set.json"
    python3 - "$set" "$out/fidelity-$set.json" <<'EOF'
import json, sys
report = json.load(open(sys.argv[2]))
shares = "; ".join(
    f">= {o['ratio']}x: {o['ordered']} of {o['pairs']} ordered ({100 * o['share_ordered']:.2f}%)"
    for o in report["orderings"]
)
print(f"fresh runs, set {sys.argv[1]}: {shares}; "
      f"tau {report['kendall_tau']:.3f} within problem and language, {report['kendall_tau_all']:.3f} over all")
EOF
done
