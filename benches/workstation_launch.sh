#!/usr/bin/env bash
# Launch to first frame of the workstation, as a whole process in a real
# terminal (tmux, 120×40), on a 100,000-item store.
# Usage: benches/workstation_launch.sh [STORE]   (default: made with demo --synthetic 100000)
# For each of 11 runs: the time from starting the session until the top bar
# is on the screen, polled every millisecond; the same for a program that
# prints the bar at once gives tmux's own share, which is subtracted.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=$PWD/target/release/jianbao
dir=$(mktemp -d)
trap 'tmux kill-session -t jb-bench 2>/dev/null; rm -rf "$dir"' EXIT
db=${1:-}
if [ -z "$db" ]; then
  db="$dir/store.db"
  "$bin" --db "$db" demo --synthetic 100000 >/dev/null 2>&1
fi

first_frame() { # command → milliseconds until "jianbao" shows on the first line
  local start now
  start=$(date +%s%N)
  tmux -u new-session -d -s jb-bench -x 120 -y 40 "$1"
  until tmux capture-pane -p -t jb-bench 2>/dev/null | head -1 | grep -q jianbao; do sleep 0.001; done
  now=$(date +%s%N)
  tmux kill-session -t jb-bench
  echo $(( (now - start) / 1000000 ))
}

median() { sort -n | sed -n 6p; }

base=$(for _ in $(seq 11); do first_frame "echo ' jianbao'; sleep 10"; done | median)
full=$(for _ in $(seq 11); do first_frame "XDG_CONFIG_HOME=$dir $bin --db $db"; done | median)
echo "tmux alone: ${base} ms; jianbao: ${full} ms; launch to first frame: $((full - base)) ms (median of 11)"
