#!/usr/bin/env bash
# Installs the system packages Needle's tests need, on Debian or Ubuntu. Safe to run again:
# apt-get skips what is already installed. Run as root (or with sudo).
set -euo pipefail

PACKAGES=(
	# Browser tests drive the distribution's Chromium; Playwright cannot download its own here.
	chromium
	# Shell checks of the runbook's commands and of the fingerprint collector.
	shellcheck dash busybox-static strace kmod
	# The VM lab: QEMU boots Debian's kernel with an emulated LSI controller; the rest builds
	# its initramfs and disk images and compiles the driver out of tree (see lab/README.md).
	qemu-system-x86 cpio fdisk e2fsprogs util-linux pciutils coreutils findutils grep sed mawk
	build-essential openssl
)

if ! command -v apt-get >/dev/null 2>&1; then
	echo "install-system-deps: this script needs apt-get (Debian or Ubuntu)." >&2
	echo "On another system, install the equivalents of: ${PACKAGES[*]}" >&2
	exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
	echo "install-system-deps: run it as root, for example: sudo bash $0" >&2
	exit 1
fi

missing=()
for package in "${PACKAGES[@]}"; do
	dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -eq 0 ]; then
	echo "install-system-deps: all ${#PACKAGES[@]} packages are installed."
	exit 0
fi

echo "install-system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
