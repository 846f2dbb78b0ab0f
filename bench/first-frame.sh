#!/usr/bin/env bash
# Start to first frame, in a real terminal (tmux, 80x24, private socket, clean environment), of the program on a demo
# database and of Terminal.Gui's own hello world (bench/HelloFrame), alternately, RUNS times each; prints the medians
# and their ratio (issue 15's target: ≤ 1.2×), and when the program's schemes screen follows its first frame. Both
# published the same way the program is deployed (Release, framework-dependent, ReadyToRun: docs/deploy-ssh.md);
# BUILD=1 times the plain Release builds (JIT) instead.
# Usage: bench/first-frame.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-7}"
work="$(mktemp -d)"; sock="$work/tmux.sock"
trap 'tmux -S "$sock" kill-server 2>/dev/null; rm -rf "$work"' EXIT
if [ "${BUILD:-0}" = 1 ]; then
  dotnet build "$root/ReserveTui" -c Release -v q -nologo >/dev/null
  dotnet build "$root/bench/HelloFrame" -c Release -v q -nologo >/dev/null
  reserve="$root/ReserveTui/bin/Release/net10.0/reserve.dll"
  hello="$root/bench/HelloFrame/bin/Release/net10.0/HelloFrame.dll"
else
  publish() { dotnet publish "$1" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$2" -v q -nologo >/dev/null; }
  publish "$root/ReserveTui" "$work/reserve"
  publish "$root/bench/HelloFrame" "$work/hello"
  reserve="$work/reserve/reserve.dll"
  hello="$work/hello/HelloFrame.dll"
fi
env -i PATH="$PATH" HOME="$work" XDG_DATA_HOME="$work/data" dotnet "$reserve" demo >/dev/null
python3 - "$sock" "$runs" "$work" "$reserve" "$hello" <<'PY'
import os, statistics, subprocess, sys, time
sock, runs, work, reserve, hello = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
env = {"PATH": os.environ["PATH"], "HOME": work, "XDG_DATA_HOME": work + "/data", "TERM": "xterm-256color", "LANG": "C.UTF-8"}
def tmux(*args): return subprocess.run(["tmux", "-S", sock, *args], env=env, capture_output=True, text=True).stdout
def frames(command, *markers):
    """Seconds from new-session to the first capture showing each marker, in turn."""
    tmux("kill-server")
    time.sleep(0.3)  # the previous program is gone before the next one is timed
    start = time.monotonic()
    tmux("new-session", "-d", "-s", "f", "-x", "80", "-y", "24", command)
    seen = []
    while time.monotonic() - start < 30:
        screen = tmux("capture-pane", "-p", "-t", "f")
        while len(seen) < len(markers) and markers[len(seen)] in screen: seen.append(time.monotonic() - start)
        if len(seen) == len(markers): return seen
        time.sleep(0.01)
    raise SystemExit(f"no frame with {markers[len(seen)]} from {command}:\n" + tmux("capture-pane", "-p", "-t", "f"))
ours, schemes, theirs = [], [], []
for _ in range(runs):
    # The first frame is the shell (its top bar); the schemes screen follows once the plugins are loaded.
    first, listed = frames(f"dotnet {reserve}", "F2 方案", "学院方案")
    ours.append(first); schemes.append(listed)
    theirs.append(frames(f"dotnet {hello}", "你好，世界")[0])
a, b, c = statistics.median(ours), statistics.median(theirs), statistics.median(schemes)
print(f"reserve (demo database), first frame: median {a:.3f} s over {runs} runs ({min(ours):.3f}–{max(ours):.3f})")
print(f"reserve, the schemes listed: median {c:.3f} s ({min(schemes):.3f}–{max(schemes):.3f})")
print(f"Terminal.Gui hello world: median {b:.3f} s over {runs} runs ({min(theirs):.3f}–{max(theirs):.3f})")
print(f"ratio: {a / b:.2f}× (target ≤ 1.2×)")
PY
