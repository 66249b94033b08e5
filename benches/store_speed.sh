#!/usr/bin/env bash
# Whole-process timings on a 100,000-item store (issue 2, §8).
# Usage: benches/store_speed.sh [N]   (N items, default 100000)
# Prints the time of `demo --synthetic N` and, for each query, the median and
# worst of 21 runs of `jianbao list --search Q --limit 20`.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
cargo build --release --quiet
bin=target/release/jianbao
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db="$dir/store.db"

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

t=$(date +%s%N)
"$bin" --db "$db" demo --synthetic "$n" >/dev/null 2>&1
echo "demo --synthetic $n: $(ms "$t") ms ($(du -m "$db" | cut -f1) MB)"

# Each query in the queue's default order (by date received) and in import
# order, which the search index yields directly.
for q in 卫生 网 垃圾分类 飞线充电 工作开展 12345; do
  for sort in received imported; do
    times=()
    for _ in $(seq 21); do
      t=$(date +%s%N)
      "$bin" --db "$db" list --search "$q" --limit 20 --sort "$sort" >/dev/null
      times+=("$(ms "$t")")
    done
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    echo "list --search $q --limit 20 --sort $sort: median ${sorted[10]} ms, worst ${sorted[20]} ms"
  done
done
t=$(date +%s%N)
"$bin" --db "$db" list --limit 20 >/dev/null
echo "list --limit 20: $(ms "$t") ms"
