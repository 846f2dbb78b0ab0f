#!/usr/bin/env bash
# Issue 12 "concurrency": P processes each make N conflicting edits of the same unit and the same campaign, every
# edit made against the version that process just read. No update may be lost, every refused edit must be a
# reported conflict (exit 6), and the record must hold exactly the accepted edits.
# CI runs a short version; CONC_PROCS=8 CONC_EDITS=100 is the full run recorded in docs/reliability.md.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
dll="${RESERVE_DLL:?set RESERVE_DLL}"
procs="${CONC_PROCS:-8}"; edits="${CONC_EDITS:-4}"
data="$(mktemp -d)"; trap 'rm -rf "$data"; e2e_end' EXIT
db="$data/reserve.db"
r() { XDG_DATA_HOME="$data" dotnet "$dll" --db "$db" "$@"; }
fail() { echo "concurrent-edits: $*"; exit 1; }

r demo --people 20 >/dev/null 2>&1 || fail "demo"
campaign="$(r campaign new --scheme college --unit 示例职业技术学院 --year 2026 --json | json 'print(d["id"])')" || fail "campaign new"
unit_v0="$(r unit list --json | json 'print([u for u in d if u["name"]=="示例东社区"][0]["version"])')"
camp_v0="$(r campaign show "$campaign" --json | json 'print(d["version"])')"

worker() {
  local w="$1" k v rc
  for k in $(seq 1 "$edits"); do
    if [ $((k % 2)) -eq 0 ]; then
      v="$(r unit list --json 2>/dev/null | json 'print([u for u in d if u["name"]=="示例东社区"][0]["version"])')" || { echo "error read" >> "$data/w$w"; continue; }
      r unit set 示例东社区 --principal-posts "$((w * 1000 + k))" --version "$v" >/dev/null 2>"$data/e$w.$k"; rc=$?
      what=unit
    else
      v="$(r campaign show "$campaign" --json 2>/dev/null | json 'print(d["version"])')" || { echo "error read" >> "$data/w$w"; continue; }
      r campaign notice-contact "$campaign" "电话 $w-$k" --version "$v" >/dev/null 2>"$data/e$w.$k"; rc=$?
      what=campaign
    fi
    case "$rc" in
      0) echo "ok $what" >> "$data/w$w" ;;
      6) grep -q "已被其他操作员修改" "$data/e$w.$k" && echo "conflict $what" >> "$data/w$w" || echo "error unsaid-conflict" >> "$data/w$w" ;;
      *) echo "error rc=$rc $(head -c 200 "$data/e$w.$k")" >> "$data/w$w" ;;
    esac
  done
}

for w in $(seq 1 "$procs"); do worker "$w" & done
wait

cat "$data"/w* > "$data/all"
grep -q "^error" "$data/all" && fail "$(grep '^error' "$data/all" | head -3)"
ok_unit=$(grep -c "^ok unit" "$data/all"); ok_camp=$(grep -c "^ok campaign" "$data/all")
conflicts=$(grep -c "^conflict" "$data/all")
total=$((procs * edits))
[ $((ok_unit + ok_camp + conflicts)) -eq "$total" ] || fail "$((ok_unit + ok_camp + conflicts)) outcomes for $total edits"

# No lost update: each accepted edit moved the version on by one, and the record has exactly one entry for each.
unit_v="$(r unit list --json | json 'print([u for u in d if u["name"]=="示例东社区"][0]["version"])')"
camp_v="$(r campaign show "$campaign" --json | json 'print(d["version"])')"
[ "$unit_v" -eq $((unit_v0 + ok_unit)) ] || fail "unit version $unit_v, expected $((unit_v0 + ok_unit))"
[ "$camp_v" -eq $((camp_v0 + ok_camp)) ] || fail "campaign version $camp_v, expected $((camp_v0 + ok_camp))"
log="$(r audit log --json)" || fail "audit log"
unit_entries=$(echo "$log" | json 'print(sum(1 for e in d if e["action"]=="unit.update" and "示例东社区" in e["data"]))')
camp_entries=$(echo "$log" | json "print(sum(1 for e in d if e['action']=='campaign.notice-contact' and '$campaign' in e['subject']))")
[ "$unit_entries" -eq "$ok_unit" ] || fail "record has $unit_entries unit edits, $ok_unit were accepted"
[ "$camp_entries" -eq "$ok_camp" ] || fail "record has $camp_entries campaign edits, $ok_camp were accepted"
r audit verify >/dev/null || fail "audit verify"
echo "concurrent-edits: $procs processes x $edits edits: $ok_unit unit and $ok_camp campaign edits accepted, $conflicts conflicts reported, none lost"
