#!/usr/bin/env bash
# A short campaign in the real terminal at 80x24: prepared with the CLI, then driven in the TUI with keys.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
dll="${RESERVE_DLL:?set RESERVE_DLL}"
data="$(mktemp -d)"
session="reserve-camp-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null; rm -rf "$data"; e2e_end' EXIT
r() { XDG_DATA_HOME="$data" dotnet "$dll" "$@"; }
r unit add 示例街道 --kind 街道 --principal-posts 1 --deputy-posts 3 >/dev/null || exit 1
printf '姓名,出生日期,学历\n张三,1990-05-01,大学本科\n李四,1991-02-01,大学本科\n' > "$data/p.csv"
r people import "$data/p.csv" >/dev/null || exit 1
id="$(r campaign new --scheme street --unit 示例街道 --year 2026 --json | sed -n 's/.*"id": "\([0-9a-f]*\)".*/\1/p')"
[ -n "$id" ] || { echo "no campaign id"; exit 1; }
r campaign approve "$id" --approver 区委组织部 --document "组审〔2026〕1号" >/dev/null || exit 1
r campaign act "$id" publish --purpose 充实 --conditions 见方案 --scope 全体 --eligible 附件 --method 民主推荐 --time-place 会议室 >/dev/null || exit 1
r nominate "$id" --person 张三 --track 中层后备 --channel 民主推荐 >/dev/null || exit 1

tmux new-session -d -s "$session" -x 80 -y 24 "XDG_DATA_HOME=$data dotnet $dll; echo RESERVE-EXITED; sleep 60"
screen() { tmux capture-pane -p -t "$session"; }
expect() { for _ in $(seq 1 50); do screen | grep -qF -- "$1" && return 0; sleep 0.2; done; echo "expected on screen: $1"; screen; exit 1; }

expect "F4 选拔批次"
tmux send-keys -t "$session" F4;             expect "当前：民主推荐"
expect "张三  中层后备  已提名  待认定"
tmux send-keys -t "$session" Tab Tab Enter;  expect "张三：待认定"
tmux send-keys -t "$session" Enter;          expect "述职情况"
tmux send-keys -t "$session" -l "任职以来的工作"
tmux send-keys -t "$session" Enter;          expect "已执行：述职"
tmux send-keys -t "$session" Enter;          expect "推荐人选："
# 民主测评 and the conclusion, through the record listed after the nominee's three actions.
tmux send-keys -t "$session" Down Down Down Enter; expect "组织考察 — 张三"
for v in 85% 10% 5% 同意; do tmux send-keys -t "$session" -l "$v"; tmux send-keys -t "$session" Enter; sleep 0.2; done
expect "已录入考察结果：张三"
expect "民主测评：称职 85.0%  基本称职 10.0%  不称职 5.0%"
expect "述职：已述职，任职以来的工作"
tmux send-keys -t "$session" Escape;         expect "╡人选╞"
# A ballot file with a bad row: nothing written, the row's reason in a pane; then a good one.
printf '投票人类别,推荐人选\n外宾,张三\n' > "$data/bad.csv"
printf '投票人类别,推荐人选\n群众,张三\n' > "$data/good.csv"
tmux send-keys -t "$session" Tab Tab Home Down Down Down Down Enter; expect "导入推荐票文件"
tmux send-keys -t "$session" -l "$data/bad.csv"; tmux send-keys -t "$session" Enter
expect "选票有 1 处错误，未写入任何选票"
expect "第 1 行 投票人类别: 无法识别“外宾”"
tmux send-keys -t "$session" Escape;         expect "┤操作├"
tmux send-keys -t "$session" Tab Tab Enter;  expect "导入推荐票文件"
tmux send-keys -t "$session" -l "$data/good.csv"; tmux send-keys -t "$session" Enter
expect "已导入 1 张推荐票"
expect "得票 100%"
# Units: F5, Ctrl+N, the five fields.
tmux send-keys -t "$session" F5;             expect "╡单位╞"
tmux send-keys -t "$session" C-n;            expect "添加单位"
for v in 示例东社区 社区 一 1 示例街道; do tmux send-keys -t "$session" -l "$v"; tmux send-keys -t "$session" Enter; sleep 0.2; done
# A mistyped post count: refused in the form, which keeps everything typed; fix that one field and submit.
expect "⚠ 职数应为数字：正职“一”"
tmux send-keys -t "$session" Up Up; sleep 0.2; tmux send-keys -t "$session" BSpace; tmux send-keys -t "$session" -l 1
tmux send-keys -t "$session" Down Down Enter
expect "已添加单位：示例东社区"
# A document: previewed in the pane, saved whole as .docx, .md and .xlsx, their paths at the end of the preview.
tmux send-keys -t "$session" F4;             expect "当前：民主推荐"
tmux send-keys -t "$session" Tab End Up Up;  sleep 0.3
tmux send-keys -t "$session" Enter;          expect "╡推荐人选名单╞"
expect "已保存 docx、md、xlsx，位置见文末"
tmux send-keys -t "$session" Escape;         expect "┤操作├"
# F8: who may be nominated, chosen from a list narrowed by typing; the channel chosen the same way; no id typed.
tmux send-keys -t "$session" F8;             expect "可提名人员 — 示例街道"
tmux send-keys -t "$session" -l "李四";      expect "1 / 2 项与“李四”相符"
tmux send-keys -t "$session" Enter;          expect "选择推荐渠道"
tmux send-keys -t "$session" -l "民主推荐"
tmux send-keys -t "$session" Enter;          expect "已提名 李四（单位未填）为中层后备人选"
screen | grep -qE "[0-9a-f]{24}" && { echo "an id is on the screen"; screen; exit 1; }
tmux send-keys -t "$session" q;              expect "RESERVE-EXITED"
for ext in docx md xlsx; do
  ls "$data"/reserve/documents/推荐人选名单-示例街道-2026-*."$ext" >/dev/null 2>&1 || { echo "no saved .$ext"; ls -R "$data/reserve"; exit 1; }
done
grep -q "| 1 | 张三 | 中层后备 |" "$data"/reserve/documents/推荐人选名单-示例街道-2026-*.md || { echo "the saved Markdown lacks the nominee"; exit 1; }
[ "$(r tally "$id" --json | grep -c '"ballots": 1')" -ge 1 ] || { echo "the imported ballot is not in the database"; exit 1; }
r unit list | grep -q "示例东社区.*社区.*上级：示例街道" || { echo "the unit added in the TUI is not in the database"; exit 1; }
zhang="$(r campaign show "$id" --json | python3 -c 'import json, sys; print(next(n["id"] for n in json.load(sys.stdin)["nominations"] if n["name"] == "张三"))')"
r nomination show "$zhang" 2>/dev/null | grep -q "已述职" || { echo "the TUI's action did not reach the database"; exit 1; }
[ "$(r campaign show "$id" --json | grep -c '"name": "李四"')" -ge 1 ] || { echo "the nomination made with the picker is not in the database"; exit 1; }
exit 0
