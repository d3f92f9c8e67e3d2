#!/usr/bin/env bash
# Runs one runbook block on the host as if the host ran the guest's kernel. Called by lab/run
# inside a private mount namespace (unshare --mount), so the mounts vanish with the step:
#
#   /lib/modules  the guest's module tree in the lab's work folder, where install, depmod and
#                 roll-back steps act, instead of the host's own
#   /usr/src      the pinned headers and the linux-source tarball, as the Debian packages lay
#                 them out
#
# uname(2) reports the guest's release (shim/uname.c), sudo is a stand-in (the lab is root),
# and HOME is the work folder, so "~/" in a block stays inside the lab.
#
# The folder a block ends in is where the next one starts, as in the reader's terminal: blocks
# often "cd" in one step and use relative paths in the next.
#
#   host-step.sh TREE HOME SHIM_SO BLOCK CWD_FILE
set -euo pipefail
tree=$1 home=$2 shim_so=$3 block=$4 cwd_file=$5
lab_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

mount --bind "$tree/lib/modules" /lib/modules
mount --bind "$tree/usr/src" /usr/src

export HOME=$home
export PATH="$lab_dir/shim/bin:$PATH"
export NEEDLE_LAB_UNAME_R=${LAB_KERNEL_RELEASE:?}
export LD_PRELOAD=$shim_so
cd "$(cat "$cwd_file" 2>/dev/null || echo "$HOME")"
# Run the block in this shell, like a paste, then remember where it left off.
trap 'pwd >"$cwd_file"' EXIT
set +u +o pipefail
# shellcheck disable=SC1090 # the block is the runbook's, chosen at run time
. "$block"
