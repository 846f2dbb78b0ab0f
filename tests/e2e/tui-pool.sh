#!/usr/bin/env bash
# The pool in the real terminal at 80x24: a county campaign run to completion with the CLI, then in the TUI the
# pool list and its filter, a reserve's file, an appraisal recorded, a held-back promotion with its reason, and
# the structure dashboard.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
dll="${RESERVE_DLL:?set RESERVE_DLL}"
data="$(mktemp -d)"
session="reserve-pool-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null; rm -rf "$data"; e2e_end' EXIT
export XDG_DATA_HOME="$data"
# The campaign is walked through its notice period on a set clock: a training database's privilege.
dotnet "$dll" init --training >/dev/null || { echo "init --training failed"; exit 1; }
r() { dotnet "$dll" --now 2026-07-01T09:00:00+08:00 "$@"; }
r unit add 示例县委组织部 --kind 县直机关 --principal-posts 2 --deputy-posts 4 >/dev/null || exit 1
printf '姓名,性别,出生日期,学历,现职级,任现职级时间,参加工作时间,单位,单位中层\n张三,男,1990-05-01,大学本科,科员,2019-01-01,2012-07-01,示例县委组织部,是\n李四,女,1992-05-01,大学本科,科员,2019-01-01,2014-07-01,示例县委组织部,是\n' > "$data/p.csv"
r people import "$data/p.csv" >/dev/null || exit 1
id="$(r campaign new --scheme county --unit 示例县委组织部 --year 2026 --json | sed -n 's/.*"id": "\([0-9a-f]*\)".*/\1/p')"
[ -n "$id" ] || { echo "no campaign id"; exit 1; }
r campaign approve "$id" --approver 市委组织部 --document "组审〔2026〕1号" >/dev/null || exit 1
r campaign act "$id" publish --purpose 充实 --conditions 见方案 --scope 全体 --eligible 附件 --method 民主推荐 --time-place 会议室 >/dev/null || exit 1
for p in 张三 李四; do r nominate "$id" --person "$p" --track 副科级后备 --channel recommend >/dev/null || exit 1; done
done_on="$(python3 "$(dirname "$0")/drive_campaign.py" "$id" 2026-07-01)" || { echo "the campaign did not complete"; exit 1; }
now="$(date -d "$done_on + 30 days" +%Y-%m-%d)T09:00:00+08:00"

tmux new-session -d -s "$session" -x 80 -y 24 "XDG_DATA_HOME=$data dotnet $dll --now $now; echo RESERVE-EXITED; sleep 60"
screen() { tmux capture-pane -p -t "$session"; }
expect() { for _ in $(seq 1 50); do screen | grep -qF -- "$1" && return 0; sleep 0.2; done; echo "expected on screen: $1"; screen; exit 1; }

expect "F12 人才库"
tmux send-keys -t "$session" F12;            expect "2/2 人"
expect "张三"
tmux send-keys -t "$session" /;              sleep 0.2
tmux send-keys -t "$session" -l "李";         expect "1/2 人"
tmux send-keys -t "$session" Enter Enter;    expect "李四 的档案"
expect "[暂不可] 提拔使用：培养期不满 1 年"
# An appraisal through its form: date empty (today), then the three shares and a note.
tmux send-keys -t "$session" Enter;          expect "考核 — 李四"
tmux send-keys -t "$session" Enter
for v in 80% 15% 5%; do tmux send-keys -t "$session" -l "$v"; tmux send-keys -t "$session" Enter; sleep 0.2; done
# A 1,500-character note sent as fast as tmux can: every character must arrive whole (no U+FFFD from a
# multi-byte character split between two reads of the terminal).
note="年度测评$(python3 -c "print(''.join(chr(0x4E00 + (i * 37) % 20000) for i in range(1496)), end='')")"
tmux send-keys -t "$session" -l "$note"
for _ in $(seq 1 200); do screen | grep -qF "1500/2000 字" && break; sleep 0.2; done; expect "1500/2000 字"
tmux send-keys -t "$session" Enter
expect "已登记考核：李四"
expect "考核：称职 80.0% 基本称职 15.0% 不称职 5.0%"
# The promotion line says why it is held back.
tmux send-keys -t "$session" End Up Up;      sleep 0.2
tmux send-keys -t "$session" Enter;          expect "提拔前须通过政治理论任职资格考试"
# The dashboard of the county scheme over every unit.
tmux send-keys -t "$session" F6;             expect "结构分析"
tmux send-keys -t "$session" C-u;            sleep 0.1
tmux send-keys -t "$session" Enter;          sleep 0.2
tmux send-keys -t "$session" C-u;            sleep 0.1
tmux send-keys -t "$session" Enter;          expect "常年保持副职后备300名"
expect "年龄梯次"
tmux send-keys -t "$session" Escape;         expect "1/2 人"
tmux send-keys -t "$session" Escape;         expect "2/2 人"
tmux send-keys -t "$session" q;              expect "RESERVE-EXITED"
dotnet "$dll" --now "$now" pool list --status in-pool | grep -q "李四.*最近考察 " || { echo "the appraisal is not in the database"; exit 1; }
dotnet "$dll" --now "$now" audit verify >/dev/null || { echo "the record does not verify"; exit 1; }
# Every entry made on the set clock shows the day the rules judged, beside the real time.
dotnet "$dll" --now "$now" audit log | grep -q "（按 2026-07-01 [0-9:]* 判定）" || { echo "the record does not show the judged time"; exit 1; }
dotnet "$dll" --now "$now" audit log --json | python3 -c "
import json, sys
note = sys.argv[1]
entries = [e for e in json.load(sys.stdin) if e['action'] == 'pool.record' and note[:4] in e['data']]
assert entries, 'no appraisal entry'
data = json.loads(entries[-1]['data'])
text = json.dumps(data, ensure_ascii=False)
assert '\\ufffd' not in text and '\ufffd' not in text, 'U+FFFD in the stored note'
assert note in text, 'the stored note differs from what was typed'
" "$note" || { echo "the long note was not stored exactly"; exit 1; }
exit 0
