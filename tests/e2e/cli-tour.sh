#!/usr/bin/env bash
# The README's tour, as a user would type it, against the built executable.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
dll="${RESERVE_DLL:?set RESERVE_DLL}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="$(mktemp -d)"; trap 'rm -rf "$data"; e2e_end' EXIT
r() { XDG_DATA_HOME="$data" dotnet "$dll" "$@"; }
fail() { echo "cli-tour: $*"; exit 1; }

r schemes | grep -q "^college	学院后备干部选拔方案" || fail "schemes"
r scheme show college | grep -q "〔第二篇(一) 二(四)〕" || fail "scheme show"
r scheme graph college --format dot | grep -q '"notice" -> "deciding"' || fail "scheme graph dot"
out="$(r check --scheme college --track 副处级后备 --people "$root/docs/examples/roster.csv" --on 2026-06-30)" || fail "check exit"
echo "$out" | grep -q "示例乙  不符合  年龄 41 岁，超过 40 岁上限" || fail "check text: $out"
r check --scheme college --track deputy-division --people "$root/docs/examples/roster.csv" --on 2026-06-30 --json | grep -q '"verdict":"incomplete"' || fail "check json"
r demo >/dev/null || fail "demo"
r people list --limit 3 | grep -q "共 300 人" || fail "people list"
printf '姓名,出生日期\n甲,2023-02-30\n' > "$data/bad.csv"
r people import "$data/bad.csv" 2>"$data/err"; [ $? -eq 3 ] || fail "bad import exit code"
grep -q "第 1 行 出生日期: 没有这一天：“2023-02-30”" "$data/err" || fail "bad import message"
r people list | grep -q "共 300 人" || fail "bad import changed something"
exit 0
