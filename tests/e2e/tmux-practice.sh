#!/usr/bin/env bash
# Drives `roleplay` in a real terminal (tmux) as a new user would: pick a scenario in the picker,
# the briefing, six turns, /end. Prints the whole screen history, lines as the app wrote them (-J), so a
# line wider than the terminal shows as one. Usage: tests/e2e/tmux-practice.sh [data-dir] [columns] [rows]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
home="${1:-$(mktemp -d)}"
cols="${2:-150}"
rows="${3:-60}"
session="roleplay-e2e-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true' EXIT

screen() { tmux capture-pane -p -J -t "$session" -S -2000; }
wait_for() { # pattern [count]
  local want="${2:-1}"
  for _ in $(seq 1 150); do
    [ "$(screen | grep -c -- "$1" || true)" -ge "$want" ] && return 0
    sleep 0.1
  done
  echo "timed out waiting for: $1" >&2; screen >&2; exit 1
}

tmux new-session -d -s "$session" -x "$cols" -y "$rows" \
  "cd '$root' && ROLEPLAY_HOME='$home' NO_COLOR=1 node bin/roleplay.js; echo '[exited]'; sleep 60"
wait_for 'Your name'                            # asked once, for the trainer's report
tmux send-keys -t "$session" 'Dana Smith' Enter
wait_for 'Pick a scenario'
tmux send-keys -t "$session" Down Enter          # the second scenario in the list
wait_for 'Briefing: '
wait_for 'you>'
turns=(
  "Thanks for your time today. My goal is to understand how you decide on treatment, then agree on a next step if it helps."
  "What are the biggest challenges you see with these patients right now?"
  "It sounds like keeping patients on therapy is the hard part. What gets in the way most often?"
  "That makes sense. How do you handle it when a patient comes back with the same problem?"
  "So to recap, fewer visits and steadier results matter most to you. Could we meet next Tuesday to look at the data together?"
  "Great. I'll send the summary tomorrow and you'll review it before Tuesday."
)
n=1
for t in "${turns[@]}"; do
  tmux send-keys -t "$session" -l "$t"
  tmux send-keys -t "$session" Enter
  n=$((n + 1))
  wait_for 'you>' "$n"
done
tmux send-keys -t "$session" -l '/end'
tmux send-keys -t "$session" Enter
wait_for 'Next steps'
sleep 0.3
screen
