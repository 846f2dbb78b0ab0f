#!/usr/bin/env bash
# Two operators, two terminals, one database (LiteDB shared mode): the first change stands, the second
# operator's stale change is refused on their screen, which then shows what the first one did.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
dll="${RESERVE_DLL:?set RESERVE_DLL}"
data="$(mktemp -d)"
a="reserve-op-a-$$"; b="reserve-op-b-$$"
trap 'tmux kill-session -t "$a" 2>/dev/null; tmux kill-session -t "$b" 2>/dev/null; rm -rf "$data"; e2e_end' EXIT
r() { XDG_DATA_HOME="$data" dotnet "$dll" --operator 准备 "$@"; }
r unit add 示例街道 --kind 街道 --principal-posts 1 --deputy-posts 3 >/dev/null || exit 1
printf '姓名,出生日期,学历\n张三,1990-05-01,大学本科\n' > "$data/p.csv"
r people import "$data/p.csv" >/dev/null || exit 1
id="$(r campaign new --scheme street --unit 示例街道 --year 2026 --json | sed -n 's/.*"id": "\([0-9a-f]*\)".*/\1/p')"
r campaign approve "$id" --approver 区委组织部 --document "组审〔2026〕1号" >/dev/null || exit 1
r campaign act "$id" publish --purpose 充实 --conditions 见方案 --scope 全体 --eligible 附件 --method 民主推荐 --time-place 会议室 >/dev/null || exit 1
r nominate "$id" --person 张三 --track 中层后备 --channel 民主推荐 >/dev/null || exit 1

tmux new-session -d -s "$a" -x 80 -y 24 "XDG_DATA_HOME=$data dotnet $dll --operator 操作员甲; sleep 60"
tmux new-session -d -s "$b" -x 80 -y 24 "XDG_DATA_HOME=$data dotnet $dll --operator 操作员乙; sleep 60"
expect() { for _ in $(seq 1 50); do tmux capture-pane -p -t "$1" | grep -qF -- "$2" && return 0; sleep 0.2; done; echo "expected on $1: $2"; tmux capture-pane -p -t "$1"; exit 1; }

expect "$a" "F4 选拔批次"; expect "$b" "F4 选拔批次"
tmux send-keys -t "$a" F4; expect "$a" "当前：民主推荐  版本 2"
tmux send-keys -t "$b" F4; expect "$b" "当前：民主推荐  版本 2"
# 甲 closes the nomination (the first action): 张三 has not given the 述职 yet, so it takes a second Enter, with the
# count said; 乙, still looking at version 2, tries to cancel the campaign.
tmux send-keys -t "$a" Tab Enter;            expect "$a" "还有 1 名人选未完成"
tmux send-keys -t "$a" Enter;                expect "$a" "当前：组织考察  版本 3"
tmux send-keys -t "$b" Tab Down Enter;       expect "$b" "再按一次 Enter 确认"   # cancelling ends the campaign: asked first
tmux send-keys -t "$b" Enter;                expect "$b" "该记录已被其他操作员修改，本次操作未保存"
expect "$b" "当前：组织考察  版本 3"
state="$(r campaign show "$id" --json | sed -n 's/^  "state": "\(.*\)",$/\1/p')"
[ "$state" = "inspecting" ] || { echo "the campaign is $state, not inspecting"; exit 1; }
r campaign history "$id" | grep -q "操作员甲.*党政联席会确定推荐人选（民主推荐 → 组织考察）" || { echo "甲's action is not in the record"; exit 1; }
if r campaign history "$id" | grep -q "操作员乙"; then echo "乙's refused action left a trace"; exit 1; fi
exit 0
