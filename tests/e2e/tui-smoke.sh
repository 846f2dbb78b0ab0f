#!/usr/bin/env bash
# The real executable in tmux at 80x24: scheme list in Chinese, help, people screen, filter, quit restores the terminal.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
dll="${RESERVE_DLL:?set RESERVE_DLL}"
data="$(mktemp -d)"
session="reserve-e2e-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null; rm -rf "$data"; e2e_end' EXIT
XDG_DATA_HOME="$data" dotnet "$dll" demo --people 50 >/dev/null || { echo "demo failed"; exit 1; }

tmux new-session -d -s "$session" -x 80 -y 24 "XDG_DATA_HOME=$data dotnet $dll; echo RESERVE-EXITED; sleep 60"
screen() { tmux capture-pane -p -t "$session"; }
expect() { # wait up to 10 s for the text
  for _ in $(seq 1 50); do screen | grep -qF -- "$1" && return 0; sleep 0.2; done
  echo "expected on screen: $1"; screen; exit 1
}
refuse() { if screen | grep -qF -- "$1"; then echo "did not expect: $1"; screen; exit 1; fi; }
gone() { # wait up to 10 s for the text to leave the screen (an absence checked once, early, proves nothing)
  for _ in $(seq 1 50); do screen | grep -qF -- "$1" || return 0; sleep 0.2; done; echo "still on screen: $1"; screen; exit 1; }

expect "学院后备干部选拔方案"
expect "F1  帮助"
expect "[需认定] politics（各类别）"
tmux send-keys -t "$session" F3;        expect "共 50 人"
tmux send-keys -t "$session" '?';       expect "帮助 — 人员"
tmux send-keys -t "$session" Escape;    gone "帮助 — 人员"; expect "共 50 人"
# q typed into the filter is text, not quit: the typed text shows, and the program is still there.
tmux send-keys -t "$session" '/' 'q' 'zz'; expect "qzz"; refuse "RESERVE-EXITED"
tmux send-keys -t "$session" Enter;     expect "共 0 人"
tmux send-keys -t "$session" Escape;    expect "共 50 人"
tmux send-keys -t "$session" Escape;    expect "[F2 方案]"
tmux send-keys -t "$session" q;         expect "RESERVE-EXITED"
# The terminal is restored: the shell's own line is on a clean screen, no UI left behind.
refuse "F1  帮助"
exit 0
