# Sourced by every end-to-end script. tmux runs on a private socket, so the tests never reach an operator's
# tmux server (nor its sessions and their exported variables), and a test's sessions die with the test.
E2E_TMUX_SOCKET="${E2E_TMUX_SOCKET:-${TMPDIR:-/tmp}/reserve-e2e-$$.sock}"
tmux() { command tmux -S "$E2E_TMUX_SOCKET" "$@"; }
# Called from each script's EXIT trap: the private server and its socket go with the script.
e2e_end() { command tmux -S "$E2E_TMUX_SOCKET" kill-server 2>/dev/null; rm -f "$E2E_TMUX_SOCKET"; }
# Reads JSON on stdin and runs a Python expression over it as d: json 'print(d["id"])'.
json() { python3 -c "import json,sys; d=json.load(sys.stdin); $1"; }
