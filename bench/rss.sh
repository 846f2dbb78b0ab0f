#!/usr/bin/env bash
# Resident memory of the terminal UI on a 100,000-person database, in tmux at 80x24 on a private socket with a clean
# environment: at start, after browsing the people (F3, 30 × PageDown, a filter, End) and after also visiting the
# campaigns and the pool (F4, F12, F3). RUNS runs; the Debug build as `dotnet run` gives it, or PUBLISHED=1 for the
# program published as docs/deploy-ssh.md says. Issue 15's target: ≤ 150 MiB after browsing.
# Usage: bench/rss.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"
work="$(mktemp -d)"; sock="$work/tmux.sock"
trap 'tmux -S "$sock" kill-server 2>/dev/null; rm -rf "$work"' EXIT
if [ "${PUBLISHED:-0}" = 1 ]; then
  dotnet publish "$root/ReserveTui" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/opt" -v q -nologo >/dev/null
  program="$work/opt/reserve"
else
  dotnet build "$root/ReserveTui" -v q -nologo >/dev/null
  program="dotnet $root/ReserveTui/bin/Debug/net10.0/reserve.dll"
fi
env -i PATH="$PATH" HOME="$work" XDG_DATA_HOME="$work/data" $program demo --people 100000 --db "$work/big.db" >/dev/null 2>&1
t() { env -i PATH="$PATH" HOME="$work" tmux -S "$sock" "$@"; }
rss() { # the program's own process, not tmux's shell
  local pid; pid="$(pgrep -f -- "reserve(\.dll)? --db $work/big.db" | while read -r p; do [ "$(ps -o comm= -p "$p")" != sh ] && echo "$p"; done | tail -1)"
  echo $(( $(ps -o rss= -p "$pid") / 1024 ))
}
for run in $(seq 1 "$runs"); do
  t kill-server 2>/dev/null || true; sleep 0.5
  t new-session -d -x 80 -y 24 "env -i PATH=$PATH HOME=$work XDG_DATA_HOME=$work/data TERM=xterm-256color LANG=C.UTF-8 $program --db $work/big.db"
  sleep 4; start="$(rss)"
  t send-keys F3; sleep 4
  for _ in $(seq 1 30); do t send-keys PageDown; sleep 0.1; done; sleep 1
  t send-keys / 张伟 Enter; sleep 2; t send-keys Escape; sleep 1; t send-keys End; sleep 2
  people="$(rss)"
  t send-keys F4; sleep 2; t send-keys F12; sleep 3; t send-keys F3; sleep 3
  echo "run $run: start $start MiB, after browsing people $people MiB, after campaigns and pool too $(rss) MiB"
done
