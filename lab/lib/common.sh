# shellcheck shell=bash
# Shared paths and helpers for the lab's scripts. Sourced, never run.
# The variables are used by the scripts that source this file:
# shellcheck disable=SC2034

LAB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REPO_DIR=$(dirname "$LAB_DIR")
# shellcheck source=lab/pins.sh
. "$LAB_DIR/pins.sh"

# Everything downloaded or built lives here, outside git, and is reused by later runs.
LAB_CACHE=${NEEDLE_LAB_CACHE:-/var/cache/needle-lab}
LAB_DEBS="$LAB_CACHE/debs"
# The pinned packages unpacked: boot/, lib/modules/, usr/src/, usr/lib/linux-kbuild-*.
LAB_KERNEL_ROOT="$LAB_CACHE/kernel-$LAB_KERNEL_VERSION"
# Scratch space for one run; emptied at the start of each run.
LAB_WORK=${NEEDLE_LAB_WORK:-$LAB_CACHE/work}
# Guest output and reports, for CI artefacts.
LAB_OUTPUT=${NEEDLE_LAB_OUTPUT:-$REPO_DIR/tests/.output/lab}

# Prints a progress line on stderr, so that stdout stays for results.
lab_say() {
	printf '[lab] %s\n' "$*" >&2
}

# Stops the current script with a message that says what is wrong and what to do.
lab_die() {
	printf '[lab] error: %s\n' "$*" >&2
	exit 1
}

# Fails early, with the package to install, when a command the lab needs is missing.
lab_need() {
	local command=$1 package=$2
	command -v "$command" >/dev/null 2>&1 ||
		lab_die "'$command' is missing. Install it: sudo apt-get install $package (see lab/README.md)."
}
