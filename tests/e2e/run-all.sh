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
for t in "$here"/*.sh; do
  [ "$(basename "$t")" = "run-all.sh" ] && continue
  name="$(basename "$t" .sh)"
  if bash "$t"; then echo "e2e PASS $name"; passed=$((passed + 1)); else echo "e2e FAIL $name"; failed=$((failed + 1)); fi
done
echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
