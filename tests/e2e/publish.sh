#!/usr/bin/env bash
# docs/deploy-ssh.md's install step as written: `dotnet publish … -p:PublishReadyToRun=true -o <dir>` gives a program
# that runs from that folder alone — its `reserve` launcher, the six bundled plugins in plugins/ (no ReserveSdk.dll
# among them), a verb, and the terminal UI's first frame with the schemes listed.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
session="reserve-publish-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null; rm -rf "$work"; e2e_end' EXIT
fail() { echo "FAIL: $*"; exit 1; }
out="$(dotnet publish "$root/ReserveTui" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/opt" -nologo 2>&1)" || fail "publish: $out"
[ -x "$work/opt/reserve" ] || fail "no reserve launcher in the published folder: $(ls "$work/opt")"
for p in College Street School Enterprise Village County; do
  [ -f "$work/opt/plugins/$p/ReserveScheme.$p.dll" ] || fail "plugin $p not published: $(ls "$work/opt/plugins" 2>&1)"
done
sdk="$(find "$work/opt/plugins" -name ReserveSdk.dll)"
[ -z "$sdk" ] || fail "a plugin folder carries its own ReserveSdk.dll (type identity): $sdk"
schemes="$(XDG_DATA_HOME="$work/data" "$work/opt/reserve" schemes --json)" || fail "reserve schemes: $schemes"
ids="$(json 'print(" ".join(sorted(s["id"] for s in d["schemes"])))' <<< "$schemes")"
[ "$ids" = "college county enterprise school street village" ] || fail "published schemes: $ids"

# Run from elsewhere, as sshd's forced command does: the plugins are found beside the program, not in the cwd.
cd "$work" || exit 1
tmux new-session -d -s "$session" -x 80 -y 24 "XDG_DATA_HOME=$work/data $work/opt/reserve; echo RESERVE-EXITED; sleep 60"
for _ in $(seq 1 75); do tmux capture-pane -p -t "$session" | grep -qF "学院后备干部选拔方案" && break; sleep 0.2; done
screen="$(tmux capture-pane -p -t "$session")"
grep -qF "学院后备干部选拔方案" <<< "$screen" || fail "the published program's first screen: $screen"
# The new-database notice first (Esc, alone: an Esc followed at once by q reads as Alt+q), then q.
tmux send-keys -t "$session" Escape
for _ in $(seq 1 50); do tmux capture-pane -p -t "$session" | grep -qF "已新建数据库" || break; sleep 0.2; done
tmux send-keys -t "$session" q
for _ in $(seq 1 50); do tmux capture-pane -p -t "$session" | grep -qF RESERVE-EXITED && exit 0; sleep 0.2; done
fail "q did not quit: $(tmux capture-pane -p -t "$session")"
