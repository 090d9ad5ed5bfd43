#!/usr/bin/env bash
# Ctrl-C in a real terminal (tmux) with half a line typed: the "kept" notice must start a line of its own.
# Prints the screen. Usage: tests/e2e/tmux-interrupt.sh [data-dir]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
home="${1:-$(mktemp -d)}"
session="roleplay-int-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true' EXIT

screen() { tmux capture-pane -p -J -t "$session" -S -200; }
wait_for() {
  for _ in $(seq 1 150); do
    screen | grep -q -- "$1" && return 0
    sleep 0.1
  done
  echo "timed out waiting for: $1" >&2; screen >&2; exit 1
}

tmux new-session -d -s "$session" -x 80 -y 24 \
  "cd '$root' && ROLEPLAY_HOME='$home' ROLEPLAY_REP='Test Rep' NO_COLOR=1 node bin/roleplay.js practice primary-care-hypertension-discovery --seed 3; echo '[exited]'; sleep 60"
wait_for 'you>'
tmux send-keys -t "$session" -l 'half a thought'
tmux send-keys -t "$session" C-c
wait_for '\[exited\]'
screen
