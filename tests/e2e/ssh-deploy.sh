#!/usr/bin/env bash
# The SSH deployment of docs/deploy-ssh.md, for real: an sshd on 127.0.0.1 started here (openssh-server; .ci/run
# installs it), two operator keys whose authorized_keys lines carry forced commands. Checks: the TUI opens over
# ssh -tt at 80x24 naming the operator; the client cannot choose the database, the operator or the clock; a verb
# typed on the ssh command line runs as the key's operator, and the record names them; a viewer's write is
# refused; a client that hangs up mid-edit leaves no process behind and a database that verifies.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
dll="${RESERVE_DLL:?set RESERVE_DLL}"
sshd_bin="$(command -v sshd || echo /usr/sbin/sshd)"
[ -x "$sshd_bin" ] || { echo "sshd is not installed (apt-get install openssh-server)"; exit 1; }
dotnet_bin="$(command -v dotnet)"
dir="$(mktemp -d)"
chmod 700 "$dir"
data="$dir/data"; mkdir -p "$data"; db="$data/reserve.db"
session="reserve-ssh-$$"
cleanup() {
  tmux kill-session -t "$session" 2>/dev/null
  [ -f "$dir/sshd.pid" ] && kill "$(cat "$dir/sshd.pid")" 2>/dev/null
  pkill -f -- "$db" 2>/dev/null
  rm -rf "$dir"; e2e_end
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

# The server's own shell, as the service account: the first account of an open database must be an admin; from
# then on the service account too names an account (--operator), as docs/deploy-ssh.md says.
admin() { XDG_DATA_HOME="$data" "$dotnet_bin" "$dll" --operator zhangsan --db "$db" "$@"; }
admin users add zhangsan --role admin >/dev/null 2>&1 || fail "users add zhangsan"
admin users add lisi --role viewer >/dev/null || fail "users add lisi"
admin unit add 示例街道 --kind 街道 --principal-posts 1 --deputy-posts 3 >/dev/null || fail "unit add"

ssh-keygen -q -t ed25519 -N '' -f "$dir/host_key" || fail "host key"
for who in zhangsan lisi; do ssh-keygen -q -t ed25519 -N '' -f "$dir/$who" || fail "key $who"; done
forced() { echo "command=\"XDG_DATA_HOME=$data $dotnet_bin $dll --operator $1 --db $db\",restrict,pty $(cat "$dir/$1.pub")"; }
{ forced zhangsan; forced lisi; } > "$dir/authorized_keys"
port=$((20000 + $$ % 20000))
cat > "$dir/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $dir/host_key
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
PermitRootLogin prohibit-password
UsePAM no
StrictModes no
PermitUserEnvironment no
LogLevel ERROR
CONF
mkdir -p /run/sshd 2>/dev/null
"$sshd_bin" -f "$dir/sshd_config" -E "$dir/sshd.log" || fail "sshd did not start: $(cat "$dir/sshd.log" 2>/dev/null)"
for _ in $(seq 1 50); do [ -f "$dir/sshd.pid" ] && break; sleep 0.1; done
me="$(id -un)"
ssh_as() {
  local who="$1"; shift
  ssh -F /dev/null -i "$dir/$who" -p "$port" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o IdentitiesOnly=yes \
    -o BatchMode=yes -o LogLevel=ERROR "$me@127.0.0.1" "$@"
}

# A verb typed on the ssh command line runs as the key's operator.
out="$(ssh_as zhangsan reserve unit add 示例东社区 --kind 社区 --parent 示例街道 2>&1)" || fail "unit add over ssh: $out"
last="$(admin audit log --json | json 'e=d[-1]; print(e["operator"], e["action"])')"
[ "$last" = "zhangsan unit.add" ] || fail "the record names '$last', not zhangsan's unit.add"
units="$(ssh_as zhangsan reserve unit list 2>&1)"
grep -q 示例东社区 <<< "$units" || fail "unit list over ssh: $units"

# The client cannot choose the database, the operator or the clock.
expect_refused() {
  local what="$1"; shift
  local text code
  text="$(ssh_as "$@" 2>&1)"; code=$?
  [ "$code" -eq 5 ] || fail "$what: exit $code: $text"
  echo "$text" | grep -q "通过 SSH 登录时不能使用\|查看者" || fail "$what: no reason given: $text"
  echo "$text" | grep -q "root:" && fail "$what: /etc/passwd was read"
  return 0
}
expect_refused "--db /etc/passwd" zhangsan reserve --db /etc/passwd people list
expect_refused "--operator other" lisi reserve --operator zhangsan unit add 假单位 --kind 街道
expect_refused "--now" zhangsan reserve --now 2030-01-01T00:00:00+08:00 campaign list
expect_refused "a viewer's write" lisi reserve unit add 查看者的单位 --kind 街道
admin unit list | grep -q "假单位\|查看者的单位" && fail "a refused write was stored"

# Files over SSH are names in the exchange folder: never a path, never over an existing file.
expect_exchange() {
  local text code
  text="$(ssh_as "$@" 2>&1)"; code=$?
  [ "$code" -eq 5 ] && echo "$text" | grep -q "交换文件夹" || fail "a path was accepted over ssh ($*): exit $code: $text"
}
expect_exchange lisi reserve render roster --format md -o "$db"
expect_exchange zhangsan reserve people import /etc/passwd
ssh_as lisi reserve render roster --format md -o 名册.md >/dev/null 2>&1 || fail "render into the exchange folder"
[ -f "$data/reserve/exchange/名册.md" ] || fail "the document is not in the exchange folder"
admin audit verify >/dev/null || fail "the database was touched by a render"

# The TUI over ssh -tt, at 80x24, names the operator.
tmux new-session -d -s "$session" -x 80 -y 24 \
  "ssh -tt -F /dev/null -i $dir/zhangsan -p $port -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o IdentitiesOnly=yes -o LogLevel=ERROR $me@127.0.0.1; sleep 30"
screen=""
for _ in $(seq 1 100); do screen="$(tmux capture-pane -p -t "$session")"; echo "$screen" | grep -qF "zhangsan·管理员" && break; sleep 0.2; done
echo "$screen" | grep -qF "F2 方案" || fail "the TUI did not open over ssh: $screen"
echo "$screen" | grep -qF "zhangsan·管理员" || fail "the top bar does not name the operator: $screen"
pgrep -f -- "--operator zhangsan --db $db" >/dev/null || fail "no program process for zhangsan"

# Mid-edit: the add-unit form open with text typed, then the client hangs up.
tmux send-keys -t "$session" F5; sleep 0.5
tmux send-keys -t "$session" C-n; sleep 0.5
tmux send-keys -t "$session" -l "半途单位"; sleep 0.5
tmux capture-pane -p -t "$session" | grep -qF "半途单位" || fail "the form did not take the typing: $(tmux capture-pane -p -t "$session")"
pkill -KILL -f -- "ssh -tt -F /dev/null -i $dir/zhangsan" || fail "no ssh client to kill"
gone=""
for _ in $(seq 1 60); do pgrep -f -- "--db $db" >/dev/null || { gone=1; break; }; sleep 0.25; done
[ -n "$gone" ] || fail "the program is still running 15 s after its client hung up: $(pgrep -af -- "--db $db")"
admin audit verify >/dev/null || fail "the record does not verify after the hang-up"
admin unit list | grep -q 半途单位 && fail "a half-typed form was stored"
admin unit list | grep -q 示例东社区 || fail "the database lost an earlier change"
echo "ssh deployment: forced commands, refusals, TUI at 80x24, hang-up: ok"
exit 0
