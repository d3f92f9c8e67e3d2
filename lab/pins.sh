# shellcheck shell=bash
# Read by lab/lib/common.sh:
# shellcheck disable=SC2034
# The one Debian kernel the lab rehearses against. To re-pin, pick a version that
# `apt-cache policy linux-image-<abi>-amd64 linux-source-6.1` lists for both packages (after
# `apt-get update`), change the three values below together, and run lab/run once with
# network access to fill the cache.

# ABI name: what `uname -r` prints in the guest, and the package name suffix.
LAB_KERNEL_RELEASE=6.1.0-47-amd64
# Debian package version of linux-image, linux-headers and linux-source.
LAB_KERNEL_VERSION=6.1.170-3
# Source package that carries the full kernel tree as a tarball in /usr/src.
LAB_SOURCE_PACKAGE=linux-source-6.1
