#!/usr/bin/env bash
# Issue 14 §10: the workstation on a 100,000- and a 1,000,000-item store, in
# the same run. Usage: benches/scale.sh SMALL.db LARGE.db
# (make them with `jianbao --db X demo --synthetic 100000` and `… 1000000`).
# Prints, per figure, the criterion mean on each store and the ratio, then
# each store's whole-process peak resident memory (VmHWM) after the
# workstation has opened it, drawn its first frame, moved 200 rows down,
# searched 网 and 卫生, and gone to the bottom of the queue.
set -euo pipefail
cd "$(dirname "$0")/.."
small=$(realpath "$1")
large=$(realpath "$2")
target=$(realpath "${CARGO_TARGET_DIR:-target}")
JIANBAO_BENCH_DB=$small JIANBAO_BENCH_DB_1M=$large cargo bench --bench workstation >/dev/null
CRITERION=$target/criterion python3 - <<'PY'
import json, os, pathlib
root = pathlib.Path(os.environ["CRITERION"])
def mean(p):
    return json.loads((p / "new" / "estimates.json").read_text())["mean"]["point_estimate"] / 1e6
rows = {}
for est in root.glob("**/new/estimates.json"):
    bench = json.loads((est.parent / "benchmark.json").read_text())
    full = bench["full_id"]
    for size in ("100k", "1m"):
        part = "/" + size
        if part in full:
            rows.setdefault(full.replace(part, ""), {})[size] = mean(est.parent.parent)
print(f"{'figure':40} {'100k ms':>9} {'1m ms':>9} {'ratio':>6}")
for name in sorted(rows):
    r = rows[name]
    if "100k" in r and "1m" in r:
        print(f"{name:40} {r['100k']:9.2f} {r['1m']:9.2f} {r['1m'] / r['100k']:6.2f}")
PY

cargo build --release --quiet
bin=$target/release/jianbao
conf=$(mktemp -d)
trap 'tmux kill-session -t jb-scale 2>/dev/null; rm -rf "$conf"' EXIT
for db in "$small" "$large"; do
  tmux -u new-session -d -s jb-scale -x 120 -y 40 "exec env XDG_CONFIG_HOME=$conf $bin --db $db"
  until tmux capture-pane -p -t jb-scale 2>/dev/null | head -1 | grep -q jianbao; do sleep 0.05; done
  pid=$(tmux list-panes -t jb-scale -F '#{pane_pid}')
  for _ in $(seq 200); do tmux send-keys -t jb-scale j; done
  tmux send-keys -t jb-scale / 网 Enter
  sleep 1
  tmux send-keys -t jb-scale Escape / 卫生 Enter
  sleep 1
  tmux send-keys -t jb-scale Escape G
  sleep 2
  echo "$(basename "$db"): peak resident memory $(awk '/VmHWM/ {print $2, $3}' "/proc/$pid/status")"
  tmux kill-session -t jb-scale || true
done
