#!/bin/sh
# Tests public/tools/needle-fingerprint.sh: shellcheck, runs under dash and busybox sh as root
# and as an unprivileged user, read-only behaviour (no module commands, no file opened for
# writing, traced with strace), and a round trip of every output through the TypeScript parser.
#
# Usage: sh tests/collector/run.sh   (from the repository root; root is needed for the
# unprivileged runs, which use setpriv to drop to user 65534). Exits non-zero if a check fails.
set -u

cd "$(dirname "$0")/../.." || exit 2
COLLECTOR=public/tools/needle-fingerprint.sh
OUT=tests/.output/collector
passed=0
failed=0

pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/     /'; }
skip() { echo "skip $1"; }

# check NAME COMMAND...: passes when the command succeeds; shows its output when it fails.
check() {
	name=$1
	shift
	if output=$("$@" 2>&1); then pass "$name"; else fail "$name" "$output"; fi
}

rm -rf "$OUT"
mkdir -p "$OUT"

# Static checks.
check 'shellcheck -s sh finds nothing' shellcheck -s sh "$COLLECTOR"
# Code lines only: the comments are allowed to say what the script never does.
code=$(grep -v '^[[:space:]]*#' "$COLLECTOR")
forbidden=$(printf '%s\n' "$code" | grep -nE '(^|[^a-z_])(modprobe|insmod|rmmod|depmod|sysctl|update-initramfs|dracut|mkinitrd)([^a-z_]|$)|>[[:space:]]*/(sys|proc|etc|lib|boot)|tee[[:space:]]' || true)
if [ -z "$forbidden" ]; then pass 'no module, initramfs or write commands in the script'; else fail 'no module, initramfs or write commands in the script' "$forbidden"; fi
bashisms=$(printf '%s\n' "$code" | grep -nE '\[\[|function |\$\{[A-Za-z_]+//|<<<|local ' || true)
if [ -z "$bashisms" ]; then pass 'no bashisms ([[, function, pattern substitution, <<<, local)'; else fail 'no bashisms' "$bashisms"; fi

# Options.
check '--help exits 0 and says the script only reads' sh -c "sh $COLLECTOR --help | grep -q 'does not load, unload or configure'"
sh "$COLLECTOR" --no-such-option >/dev/null 2>&1
status=$?
if [ "$status" -eq 2 ]; then pass 'an unknown option exits 2'; else fail 'an unknown option exits 2' "exit status $status"; fi

# run_as LABEL SHELL [setpriv]: runs the collector and checks its framing.
run_as() {
	label=$1
	shell=$2
	file=$OUT/$label.txt
	if ! command -v "$shell" >/dev/null 2>&1; then
		skip "$label: $shell is not installed"
		return
	fi
	if [ "${3:-}" = nobody ]; then
		setpriv --reuid=65534 --regid=65534 --clear-groups "$shell" "$COLLECTOR" > "$file" 2> "$OUT/$label.err"
	else
		"$shell" "$COLLECTOR" > "$file" 2> "$OUT/$label.err"
	fi
	status=$?
	if [ "$status" -eq 0 ] && [ "$(head -n 1 "$file")" = 'needle-fingerprint 1' ] &&
		[ "$(tail -n 1 "$file")" = 'end needle-fingerprint' ]; then
		pass "$label: exits 0 with header and end marker"
	else
		fail "$label: exits 0 with header and end marker" "exit $status; $(head -c 400 "$OUT/$label.err")"
	fi
}

# busybox runs as sh when called through a link named sh.
mkdir -p "$OUT/busybox"
ln -sf "$(command -v busybox || echo /bin/busybox)" "$OUT/busybox/sh"
BUSYBOX_SH=$PWD/$OUT/busybox/sh

run_as dash-root dash
run_as busybox-root "$BUSYBOX_SH"
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null 2>&1; then
	run_as dash-nobody dash nobody
	run_as busybox-nobody "$BUSYBOX_SH" nobody
	if grep -q '^user.id=65534$' "$OUT/dash-nobody.txt"; then pass 'the unprivileged run records user.id=65534'; else fail 'the unprivileged run records user.id=65534'; fi
else
	skip 'unprivileged runs: needs root and setpriv'
fi

same=$(diff "$OUT/dash-root.txt" "$OUT/busybox-root.txt" | grep '^[<>]' | grep -v 'collected.utc=' || true)
if [ -z "$same" ]; then pass 'dash and busybox sh write the same fingerprint'; else fail 'dash and busybox sh write the same fingerprint' "$same"; fi

# Read-only: no file may be opened for writing except /dev/null (for 2>/dev/null). The one
# exception is inside `dkms status`: dkms (a bash script) makes and removes its own temporary
# files with mktemp. Opens by dkms and its children are therefore left out, found through the
# process tree that strace records.
if command -v strace >/dev/null 2>&1; then
	strace -f -qq -e trace=open,openat,creat,execve,clone,clone3,fork,vfork -o "$OUT/strace.log" \
		dash "$COLLECTOR" > "$OUT/strace-run.out" 2>/dev/null
	writes=$(awk '
		$2 ~ /^(clone|clone3|fork|vfork)\(/ && $NF ~ /^[0-9]+$/ { parent[$NF] = $1 }
		$2 ~ /^execve\("[^"]*\/dkms"/ { dkms[$1] = 1 }
		/open|creat/ && /O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND|creat\(/ && !/"\/dev\/null"/ { write[NR] = $0; pid[NR] = $1 }
		function under_dkms(p) { while (p != "") { if (p in dkms) return 1; p = parent[p] } return 0 }
		END { for (n in write) if (!under_dkms(pid[n])) print write[n] }' "$OUT/strace.log")
	opened=$(grep -c 'open' "$OUT/strace.log")
	if [ "$opened" -gt 10 ] && [ -z "$writes" ]; then
		pass "strace: $opened opens traced, none for writing outside dkms's own temporary files"
	else
		fail 'strace: no file opened for writing' "traced $opened opens; $writes"
	fi
else
	skip 'strace is not installed'
fi

# Round trip through the TypeScript parser (the Vitest test reads every file saved above).
rm -rf "$OUT"/*.err "$OUT/strace-run.out" "$OUT/busybox"
check 'every output parses with src/lib/fingerprint/parse.ts' \
	env NEEDLE_COLLECTOR_OUTPUT="$PWD/$OUT" npx vitest run tests/unit/fingerprint/collector.test.ts

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
