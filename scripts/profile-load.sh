#!/usr/bin/env bash
# Where a loaded machine's time goes while the library runs a program on every core at
# once (the load bench's "library under full load" phase), in three windows of SECONDS
# each: how busy the CPUs were (with no profiler running), which part of the work their
# time went to and its hottest functions (`perf record`), and the kernel paths on which
# the runs' own threads (supervisors, the runs' init and programs, samplers, teardown)
# waited longest (`perf sched`). Needs root and `perf` (Debian: linux-perf).
# Usage: scripts/profile-load.sh [SECONDS]   (whole seconds, default 1)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-1}
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || { echo "profile-load: SECONDS is a whole number of seconds, got '$seconds'" >&2; exit 2; }
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
AFTERBURNER_LOAD_REQUESTS=$((seconds * 5000)) AFTERBURNER_LOAD_LIBRARY_RUNS=$((seconds * 5000)) \
    AFTERBURNER_LOAD_OVERLOAD_REQUESTS=200 AFTERBURNER_LOAD_LATENCY_RUNS=50 "$bench" >"$out/bench.txt" 2>&1 &
pid=$!
until grep -q "library under full load" "$out/bench.txt"; do
    kill -0 "$pid" 2>/dev/null || { cat "$out/bench.txt"; exit 1; }
    sleep 0.05
done
# First the CPUs' state with no profiler running (a profiler adds waits of its own),
# then where their time went, then where the runs' threads waited.
grep '^cpu ' /proc/stat >"$out/stat-before"
sleep "$seconds"
grep '^cpu ' /proc/stat >"$out/stat-after"
record() { # what, perf arguments...
    local what=$1
    shift
    if ! perf "$@" >"$out/perf.log" 2>&1; then
        kill "$pid" 2>/dev/null || true
        echo "profile-load: perf $what failed:" >&2
        cat "$out/perf.log" >&2
        exit 1
    fi
}
record record record -a -g -F 2999 -o "$out/cpu.data" sleep "$seconds"
record "sched record" sched record -g -o "$out/perf.data" sleep "$seconds"
wait "$pid"
grep "share of the library under full load" "$out/bench.txt" || true
perf report -i "$out/cpu.data" --no-children --sort comm --stdio -g none -q 2>/dev/null >"$out/by-comm.txt"
perf report -i "$out/cpu.data" --no-children --sort comm,dso,sym --stdio -g none -q 2>/dev/null >"$out/by-symbol.txt"
perf sched timehist -i "$out/perf.data" -g 2>/dev/null >"$out/timehist.txt"
python3 - "$out/stat-before" "$out/stat-after" "$out/timehist.txt" "$out/by-comm.txt" "$out/by-symbol.txt" "$(basename "$bench")" <<'PY'
import collections, re, sys

# The `cpu` line of /proc/stat: user nice system idle iowait irq softirq steal.
before, after = ([int(x) for x in open(p).read().split()[1:9]] for p in sys.argv[1:3])
delta = [b - a for a, b in zip(before, after)]
total = sum(delta)
print(f"CPUs (no profiler running): user {(delta[0] + delta[1]) / total:.1%}, system "
      f"{(delta[2] + delta[5] + delta[6]) / total:.1%}, idle {(delta[3] + delta[4]) / total:.1%}, "
      f"steal {delta[7] / total:.1%}")

# Each sample's thread tells the part of the work: the bench's own threads are the
# supervisors and each run's init (until the program's exec they carry its name).
bench = sys.argv[6][:15]
def part(comm):
    if comm == "swapper":
        return "idle"
    if comm.startswith(bench):
        return "supervisors and the runs' init (setup, waiting, reaping)"
    if comm == "monolith-sample":
        return "samplers"
    if comm == "monolith-teardo":
        return "teardown thread (namespace and cgroup removal)"
    if comm == "perf":
        return "the profiler"
    if re.match(r"(kworker|ksoftirqd|rcu|migration|kthreadd|kcompactd|khugepaged)", comm):
        return "kernel threads (cgroup release, RCU, softirqs)"
    return "the programs (from exec to exit)"
shares = collections.Counter()
for text in open(sys.argv[4]):
    m = re.match(r"\s*([\d.]+)%\s+(.+?)\s*$", text)
    if m:
        shares[part(m.group(2))] += float(m.group(1))
print("where the CPUs' time went (share of samples on both CPUs):")
for name, share in shares.most_common():
    print(f"  {share:5.1f}%  {name}")
print("hottest functions (share of samples, thread, object, function):")
for text in list(open(sys.argv[5]))[:10]:
    print("  " + " ".join(text.split())[:140])

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
print("longest waits of the runs' threads and processes while recorded (ms in all, how often, where):")
for where, ms in waits.most_common(12):
    print(f"  {ms:8.1f} {counts[where]:6d}  {where[:140]}")
PY
