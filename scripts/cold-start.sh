#!/usr/bin/env bash
# What a cold page cache costs a measured run. For each language, a small hash-map
# program is measured warm (`run --repeat`, after unmeasured runs), then once right after
# each of COLD drops of the kernel's page cache (`echo 1 > /proc/sys/vm/drop_caches`),
# as happens to a runtime's files on machines that reclaim idle memory (a VM balloon, a
# DAMON reclaim scheme, memory pressure from other jobs). It prints, per language, the
# median CPU time warm and cold and their ratio: what the first runs after such a spell
# pay, which the warm-up of `distribution`, `evaluate` and `fidelity` keeps out of the
# measurement.
# Usage (as root): scripts/cold-start.sh
#   env: COLD=5 (drops per language), WARM=11 (warm runs), BIN=target/release/afterburner,
#        LANGS="py cpp java js go rs"
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${BIN:-target/release/afterburner}")
cold=${COLD:-5}
warm=${WARM:-11}
langs=${LANGS:-py cpp java js go rs}
if [[ $(id -u) != 0 ]]; then
    echo "cold-start.sh drops the page cache: run it as root" >&2
    exit 2
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

cat >"$dir/map.py" <<'EOF'
table = {}
for i in range(200000):
    table[i * 7919 % 1000003] = i
print(sum(table.values()) % 1000)
EOF
cat >"$dir/map.cpp" <<'EOF'
#include <cstdio>
#include <unordered_map>
int main() {
    std::unordered_map<long, long> table;
    for (long i = 0; i < 2000000; i++) table[i * 7919 % 1000003] = i;
    long sum = 0;
    for (auto &entry : table) sum += entry.second;
    std::printf("%ld\n", sum % 1000);
}
EOF
cat >"$dir/Main.java" <<'EOF'
import java.util.HashMap;

public class Main {
    public static void main(String[] args) {
        HashMap<Long, Long> table = new HashMap<>();
        for (long i = 0; i < 400000; i++) table.put(i * 7919 % 1000003, i);
        long sum = 0;
        for (long value : table.values()) sum += value;
        System.out.println(sum % 1000);
    }
}
EOF
cat >"$dir/map.js" <<'EOF'
const table = new Map();
for (let i = 0; i < 400000; i++) table.set((i * 7919) % 1000003, i);
let sum = 0;
for (const value of table.values()) sum += value;
console.log(sum % 1000);
EOF
cat >"$dir/map.go" <<'EOF'
package main

import "fmt"

func main() {
	table := map[int64]int64{}
	for i := int64(0); i < 1000000; i++ {
		table[i*7919%1000003] = i
	}
	var sum int64
	for _, value := range table {
		sum += value
	}
	fmt.Println(sum % 1000)
}
EOF
cat >"$dir/map.rs" <<'EOF'
use std::collections::HashMap;

fn main() {
    let mut table: HashMap<i64, i64> = HashMap::new();
    for i in 0..2_000_000i64 {
        table.insert(i * 7919 % 1_000_003, i);
    }
    let sum: i64 = table.values().sum();
    println!("{}", sum % 1000);
}
EOF

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
cpu_ms() { python3 -c 'import json, sys; r = json.load(sys.stdin); assert r["status"] == "success", r; print(r["metrics"]["cpu_ms"])'; }

printf "%-6s %12s %12s %7s\n" language "warm cpu ms" "cold cpu ms" "cold/warm"
for lang in $langs; do
    case $lang in
        java) source=$dir/Main.java ;;
        *) source=$dir/map.$lang ;;
    esac
    # The warm figure: the median of `run --repeat` (which also compiles once, so the
    # cold runs below reuse the cached build).
    warm_ms=$("$bin" run --repeat "$warm" --warmup 3 --json "$source" |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["summary"]["cpu_ms"]["median"])')
    cold_ms=$(for _ in $(seq 1 "$cold"); do
        sync
        echo 1 >/proc/sys/vm/drop_caches
        "$bin" run --json "$source" | cpu_ms
    done | median)
    printf "%-6s %12.2f %12.2f %7.3f\n" "$lang" "$warm_ms" "$cold_ms" "$(echo "$cold_ms / $warm_ms" | bc -l)"
done
