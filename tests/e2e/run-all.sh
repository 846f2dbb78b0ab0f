#!/usr/bin/env bash
# Runs every end-to-end script beside this one against the already built executable
# (dotnet test builds it; set RESERVE_DLL to use another build). Each script is one test:
# exit 0 passes. Prints "e2e: N passed, N failed" last, which .ci/run adds to its totals.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export RESERVE_DLL="${RESERVE_DLL:-$root/ReserveTui/bin/Debug/net10.0/reserve.dll}"
if [ ! -f "$RESERVE_DLL" ]; then
  echo "e2e: $RESERVE_DLL not built" >&2
  echo "e2e: 0 passed, 1 failed"
  exit 1
fi
passed=0; failed=0
# Each script starts from a clean environment: nothing the operator exported (RESERVE_DB, RESERVE_NOW, a TMUX of
# their own, LANG …) reaches the program under test; lib.sh puts tmux on a private socket.
home="$(mktemp -d)"; trap 'rm -rf "$home"' EXIT
clean=(env -i PATH="$PATH" HOME="${HOME:-$home}" TMPDIR="${TMPDIR:-/tmp}" LANG=C.UTF-8 TERM=xterm-256color
  XDG_DATA_HOME="$home/data" RESERVE_DLL="$RESERVE_DLL" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1)
for t in "$here"/*.sh; do
  case "$(basename "$t")" in run-all.sh|lib.sh) continue ;; esac
  name="$(basename "$t" .sh)"
  if "${clean[@]}" bash "$t"; then echo "e2e PASS $name"; passed=$((passed + 1)); else echo "e2e FAIL $name"; failed=$((failed + 1)); fi
done
echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
