#!/usr/bin/env bash
# An SSH session that drops (here: the tmux session is killed under the program) must not leave the
# program behind: it gets SIGHUP, and within a few seconds no process of it remains.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
dll="${RESERVE_DLL:?set RESERVE_DLL}"
data="$(mktemp -d)"
session="reserve-hup-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null; pkill -f -- "$data/hup.db" 2>/dev/null; rm -rf "$data"; e2e_end' EXIT
tmux new-session -d -s "$session" -x 80 -y 24 "dotnet $dll --db $data/hup.db"
for _ in $(seq 1 50); do tmux capture-pane -p -t "$session" | grep -qF "F2 方案" && break; sleep 0.2; done
pgrep -f -- "$data/hup.db" >/dev/null || { echo "the program did not start"; exit 1; }
tmux kill-session -t "$session"
for _ in $(seq 1 40); do pgrep -f -- "$data/hup.db" >/dev/null || exit 0; sleep 0.25; done
echo "the program is still running 10 s after its terminal went away"
exit 1
