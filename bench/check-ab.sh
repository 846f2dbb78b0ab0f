#!/usr/bin/env bash
# `reserve check` of a git revision (A) against the working tree (B), both in one process and alternated round by
# round (bench/CheckAb): on this noisy 2-core VM the only measure that told a 5 % change from noise.
# Usage: bench/check-ab.sh <revision> [rounds=31]      e.g. bench/check-ab.sh HEAD~1
# The revision must have CheckBenchmarks.PluginFolder (stop 25's review on): that is how the host gives each build its plugins.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rev="${1:?usage: bench/check-ab.sh <revision> [rounds]}"; rounds="${2:-31}"
work="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$work/a" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$root" worktree add --detach "$work/a" "$rev" >/dev/null 2>&1
for tree in "$work/a" "$root"; do dotnet build -c Release "$tree/bench/ReserveBench" -v q -nologo >/dev/null; done
dotnet build -c Release "$root/bench/CheckAb" -v q -nologo >/dev/null
dotnet build-server shutdown >/dev/null 2>&1 || true
dotnet "$root/bench/CheckAb/bin/Release/net10.0/CheckAb.dll" \
  "$work/a/bench/ReserveBench/bin/Release/net10.0" "$root/bench/ReserveBench/bin/Release/net10.0" "$rounds"
