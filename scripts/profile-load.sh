#!/usr/bin/env bash
# Where a loaded machine's time goes while the library runs a program on every core at
# once (the load bench's "library under full load" phase): how long the CPUs were idle,
# and the kernel paths on which the runs' own threads (supervisors, the runs' init and
# programs, samplers, teardown) waited longest. Needs root and `perf` (Debian:
# linux-perf).
# Usage: scripts/profile-load.sh [SECONDS]   (default 1; the phase must last that long)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-1}
command -v perf >/dev/null || { echo "profile-load: needs perf (apt-get install linux-perf)" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

bench=$(cargo bench -p afterburner-server --bench load --no-run --message-format=json 2>/dev/null |
    python3 -c 'import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "load" and m.get("executable"):
        print(m["executable"])')
[[ -x "$bench" ]] || { echo "profile-load: building the load bench failed (cargo bench -p afterburner-server --bench load --no-run)" >&2; exit 1; }
# A short load and overload first; then the library phase, profiled once it starts.
AFTERBURNER_LOAD_REQUESTS=1000 AFTERBURNER_LOAD_OVERLOAD_REQUESTS=200 \
    AFTERBURNER_LOAD_LATENCY_RUNS=50 "$bench" >"$out/bench.txt" 2>&1 &
pid=$!
until grep -q "library under full load" "$out/bench.txt"; do
    kill -0 "$pid" 2>/dev/null || { cat "$out/bench.txt"; exit 1; }
    sleep 0.05
done
head -1 /proc/stat >"$out/stat-before"
if ! perf sched record -g -o "$out/perf.data" sleep "$seconds" >"$out/perf.log" 2>&1; then
    kill "$pid" 2>/dev/null || true
    echo "profile-load: perf sched record failed:" >&2
    cat "$out/perf.log" >&2
    exit 1
fi
head -1 /proc/stat >"$out/stat-after"
wait "$pid"
grep "share of the library under full load" "$out/bench.txt" || true
perf sched timehist -i "$out/perf.data" -g 2>/dev/null >"$out/timehist.txt"
python3 - "$out/stat-before" "$out/stat-after" "$out/timehist.txt" <<'PY'
import collections, re, sys

# The `cpu` line of /proc/stat: user nice system idle iowait irq softirq steal.
before, after = ([int(x) for x in open(p).read().split()[1:9]] for p in sys.argv[1:3])
delta = [b - a for a, b in zip(before, after)]
total = sum(delta)
print(f"CPUs idle {(delta[3] + delta[4]) / total:.1%} of the time, steal {delta[7] / total:.1%}")

# timehist prints a line each time a task leaves a CPU: its wait before that spell
# on the CPU, and the call chain where it leaves. So a line's wait time belongs to the
# call chain of the same task's previous line.
line = re.compile(r"\s*[\d.]+\s+\[\d+\]\s+(.+?)\[([\d/]+)\]\s+([\d.]+)\s+[\d.]+\s+[\d.]+\s*(.*)")
kernel = ("kworker", "ksoftirqd", "migration", "rcu", "perf", "sleep", "kdamond", "kcompactd")
waits, counts, last = collections.Counter(), collections.Counter(), {}
for text in open(sys.argv[3]):
    m = line.match(text)
    if not m:
        continue
    comm, tid, wait, chain = m.group(1).strip(), m.group(2).split("/")[0], float(m.group(3)), m.group(4)
    if tid in last and not comm.startswith(kernel):
        where = " <- ".join(last[tid].split(" <- ")[:4])
        waits[where] += wait
        counts[where] += 1
    last[tid] = chain
print("longest waits of the runs' threads and processes (ms in all, how often, where):")
for where, ms in waits.most_common(12):
    print(f"  {ms:8.1f} {counts[where]:6d}  {where[:140]}")
PY
