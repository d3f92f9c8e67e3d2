#!/bin/sh
# needle-fingerprint.sh: record what a host's kernel and storage drivers are, for comparison.
#
# READ-ONLY. This script only reads files and runs commands that print information. It never
# loads, unloads or configures a module, never writes under /sys, /proc, /etc or /lib, and
# never runs a vendor RAID tool (it only looks up where one is installed). It writes the
# fingerprint to standard output and nothing else; redirect it to a file yourself. (The
# commands it reads from may keep their own temporary files: `dkms status` does, in /tmp.)
#
# Run it as root for the fullest record; without root it records what it could not read.
#
# Output format, version 1 (documented at /tools/fingerprint-collector/ on the Needle site):
#   line 1          needle-fingerprint 1
#   # text          a comment, ignored by readers
#   section KIND [ID]
#                   starts a section: host, controller <PCI address>, module <name>, dkms, tools
#   KEY=VALUE       a value that was read; a KEY may repeat (one line per item of a list)
#   KEY!=REASON     a value that could not be read, and why
#   end needle-fingerprint
#                   the last line; if it is missing, the record was cut short
# KEY is made of a-z, A-Z, 0-9, ".", "_" and "-". VALUE and REASON are escaped so that every
# byte survives on one line: "\\" is a backslash, "\n" a newline, "\t" a tab, "\r" a carriage
# return, and "\xHH" any other byte outside printable ASCII. One final newline of a file or of
# a command's output is dropped.

FORMAT_VERSION=1
# Vendor tools are looked up, not run: running them can change controller state.
VENDOR_TOOLS='sas2ircu sas3ircu storcli storcli64 perccli perccli64 arcconf'
# The kernel's modinfo fields that tell two builds of a driver apart.
MODINFO_FIELDS='filename name version srcversion vermagic signer sig_key sig_hashalgo intree depends firmware parm'

# modinfo, lsinitramfs and vendor tools live in sbin directories, which a normal user's PATH
# often lacks.
PATH="${PATH:-/usr/bin:/bin}:/usr/local/sbin:/usr/sbin:/sbin"
export PATH
LC_ALL=C
export LC_ALL

anonymize=0

usage() {
	cat <<'USAGE'
Usage: sh needle-fingerprint.sh [--anonymize] > fingerprint.txt

Prints a read-only fingerprint of this host's kernel, storage controllers and
their drivers, for comparison with another host on the Needle site
(Tools > Compare fingerprints) or with diff.

It reads /etc/os-release, /proc, /sys, modinfo, the initramfs listing and
dkms status. It does not load, unload or configure anything and does not run
vendor RAID tools; it only reports where they are installed.

Run it as root for the fullest record. Without root it still runs, and lists
each value it could not read with the reason.

Options:
  --anonymize  leave out the host name and serial-like values (UUIDs and
               disk IDs on the kernel command line), for sharing in a ticket
  --help       show this help and exit
USAGE
}

# escape_stream KEY SEP: reads bytes on stdin and prints "KEY<SEP><escaped bytes>" lines.
# With SEP "=" or "!=" the whole input is one value. od turns every byte, NUL included, into
# hex, so nothing the shell cannot hold in a variable is lost.
escape_stream() {
	od -An -v -tx1 | awk -v key="$1" -v sep="$2" '
		BEGIN {
			for (i = 32; i < 127; i++) chr[sprintf("%02x", i)] = sprintf("%c", i)
			chr["5c"] = "\\\\"; chr["0a"] = "\\n"; chr["09"] = "\\t"; chr["0d"] = "\\r"
			out = ""; pending = ""
		}
		{
			for (f = 1; f <= NF; f++) {
				out = out pending
				pending = ($f in chr) ? chr[$f] : "\\x" $f
			}
		}
		END {
			# Drop one final newline: files and command output end with one.
			if (pending != "\\n") out = out pending
			printf "%s%s%s\n", key, sep, out
		}'
}

# escape_lines KEY: like escape_stream, but prints one "KEY=..." line per input line, and one
# empty "KEY=" when there is no input, so that an empty field is recorded, not left out.
escape_lines() {
	od -An -v -tx1 | awk -v key="$1" '
		BEGIN {
			for (i = 32; i < 127; i++) chr[sprintf("%02x", i)] = sprintf("%c", i)
			chr["5c"] = "\\\\"; chr["09"] = "\\t"; chr["0d"] = "\\r"
			out = ""; open = 0; lines = 0
		}
		{
			for (f = 1; f <= NF; f++) {
				if ($f == "0a") { printf "%s=%s\n", key, out; out = ""; open = 0; lines++; continue }
				out = out (($f in chr) ? chr[$f] : "\\x" $f); open = 1
			}
		}
		END { if (open || lines == 0) printf "%s=%s\n", key, out }'
}

# value KEY TEXT: one value given as a string.
value() {
	printf '%s' "$2" | escape_stream "$1" '='
}

# unreadable KEY REASON: records that KEY could not be read.
unreadable() {
	printf '%s' "$2" | escape_stream "$1" '!='
}

# value_from_file KEY PATH: the contents of a file, or why it could not be read.
value_from_file() {
	if [ ! -e "$2" ]; then
		unreadable "$1" "$2 does not exist"
	elif [ ! -r "$2" ] || ! (: < "$2") 2>/dev/null; then
		unreadable "$1" "$2 is not readable by user $(id -u) (run as root to read it)"
	else
		escape_stream "$1" '=' < "$2"
	fi
}

# has_command NAME: true if NAME can be run.
has_command() {
	command -v "$1" >/dev/null 2>&1
}

# os_release_field NAME: one field of /etc/os-release, read as text (the file is not sourced,
# so nothing in it is executed).
os_release_field() {
	sed -n "s/^$1=//p" /etc/os-release | sed -e 's/^"\(.*\)"$/\1/' -e "s/^'\(.*\)'\$/\1/" | head -n 1
}

# anonymize_text: masks UUIDs and by-id disk names, which carry serial numbers.
anonymize_text() {
	sed -e 's/[0-9A-Fa-f]\{8\}-[0-9A-Fa-f]\{4\}-[0-9A-Fa-f]\{4\}-[0-9A-Fa-f]\{4\}-[0-9A-Fa-f]\{12\}/<uuid>/g' \
		-e 's#by-id/[^ ]*#by-id/<id>#g' -e 's#by-uuid/[^ ]*#by-uuid/<uuid>#g'
}

collect_os() {
	if [ ! -r /etc/os-release ]; then
		unreadable os.id '/etc/os-release is missing or not readable'
		return
	fi
	value os.id "$(os_release_field ID)"
	value os.version_id "$(os_release_field VERSION_ID)"
	value os.pretty_name "$(os_release_field PRETTY_NAME)"
}

collect_cmdline() {
	if [ "$anonymize" -eq 1 ] && [ -r /proc/cmdline ]; then
		anonymize_text < /proc/cmdline | escape_stream kernel.cmdline '='
		return
	fi
	value_from_file kernel.cmdline /proc/cmdline
}

# Secure Boot: mokutil if installed, and the last byte of the SecureBoot EFI variable (the
# first four bytes of an efivarfs file are the variable's attributes). 0 means off; 1 alone is
# not proof of enforcement, as SetupMode and shim's MokSBState can still turn checks off.
collect_secure_boot() {
	efivar=/sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c
	if has_command mokutil; then
		sb_state=$(mokutil --sb-state 2>&1)
		value secureboot.mokutil "$sb_state"
	else
		unreadable secureboot.mokutil 'mokutil is not installed'
	fi
	if [ ! -d /sys/firmware/efi ]; then
		unreadable secureboot.efivar 'no /sys/firmware/efi: the host did not boot through UEFI, so there is no Secure Boot'
	elif [ ! -e "$efivar" ]; then
		unreadable secureboot.efivar "$efivar does not exist (efivarfs not mounted, or firmware without Secure Boot)"
	elif [ ! -r "$efivar" ]; then
		unreadable secureboot.efivar "$efivar is not readable by user $(id -u)"
	else
		value secureboot.efivar "$(od -An -v -tu1 "$efivar" | awk '{ for (f = 1; f <= NF; f++) last = $f } END { print last }')"
	fi
}

collect_host() {
	echo 'section host'
	value collector "needle-fingerprint.sh format $FORMAT_VERSION"
	value collected.utc "$(date -u '+%Y-%m-%dT%H:%M:%SZ')"
	value user.id "$(id -u)"
	if [ "$anonymize" -eq 1 ]; then
		unreadable host.name 'left out (--anonymize)'
	else
		value host.name "$(uname -n)"
	fi
	collect_os
	value kernel.release "$(uname -r)"
	value kernel.machine "$(uname -m)"
	value_from_file kernel.version /proc/version
	collect_cmdline
	value_from_file kernel.tainted /proc/sys/kernel/tainted
	value_from_file kernel.sig_enforce /sys/module/module/parameters/sig_enforce
	value_from_file kernel.lockdown /sys/kernel/security/lockdown
	collect_secure_boot
}

# storage_controllers: the PCI addresses whose class is mass storage (0x01xxxx).
storage_controllers() {
	for dev in /sys/bus/pci/devices/*; do
		[ -r "$dev/class" ] || continue
		case $(cat "$dev/class") in
			0x01*) basename "$dev" ;;
		esac
	done
}

# module_of_device PATH: the module name of the driver bound to a PCI device, if any.
# A built-in driver may have no "module" link; its driver name, with "-" read as "_", is the
# best guess then.
module_of_device() {
	if [ -e "$1/driver/module" ]; then
		basename "$(readlink "$1/driver/module")"
	elif [ -e "$1/driver" ]; then
		basename "$(readlink "$1/driver")" | tr '-' '_'
	fi
}

collect_controller() {
	dev=/sys/bus/pci/devices/$1
	echo "section controller $1"
	for attr in class vendor device subsystem_vendor subsystem_device revision; do
		value_from_file "$attr" "$dev/$attr"
	done
	if [ -e "$dev/driver" ]; then
		value driver "$(basename "$(readlink "$dev/driver")")"
		value module "$(module_of_device "$dev")"
	else
		unreadable driver 'no driver is bound to this controller'
	fi
}

collect_modinfo() {
	if ! has_command modinfo; then
		unreadable modinfo 'modinfo is not installed (package kmod)'
		return
	fi
	if ! modinfo -F filename "$1" >/dev/null 2>&1; then
		unreadable modinfo "modinfo does not know $1 for kernel $(uname -r): it may be built into the kernel"
		return
	fi
	for field in $MODINFO_FIELDS; do
		modinfo -F "$field" "$1" 2>/dev/null | escape_lines "modinfo.$field"
	done
}

collect_builtin() {
	builtin_list=/lib/modules/$(uname -r)/modules.builtin
	if [ ! -r "$builtin_list" ]; then
		unreadable builtin "$builtin_list is missing or not readable"
		return
	fi
	pattern=$(printf '%s' "$1" | sed 's/[-_]/[-_]/g')
	if grep -q "/$pattern\.ko\$" "$builtin_list"; then value builtin yes; else value builtin no; fi
}

collect_sysfs_module() {
	sysdir=/sys/module/$1
	if [ ! -d "$sysdir" ]; then
		unreadable sys "$sysdir does not exist: the module is not loaded"
		return
	fi
	for attr in version srcversion taint initstate; do
		if [ -e "$sysdir/$attr" ]; then
			value_from_file "sys.$attr" "$sysdir/$attr"
		else
			unreadable "sys.$attr" "$sysdir/$attr does not exist"
		fi
	done
	[ -d "$sysdir/parameters" ] || return
	for param in "$sysdir"/parameters/*; do
		[ -e "$param" ] || continue
		value_from_file "sys.parameters.$(basename "$param")" "$param"
	done
}

# initramfs_image: the running kernel's initramfs file, by the names Debian/Ubuntu
# (initramfs-tools), RHEL (dracut) and SUSE (dracut) give it; prints nothing if none exists.
initramfs_image() {
	for image in "/boot/initrd.img-$1" "/boot/initramfs-$1.img" "/boot/initrd-$1"; do
		if [ -e "$image" ]; then
			echo "$image"
			return
		fi
	done
}

# initramfs_listing: the file list of the running kernel's initramfs, on stdout; on failure,
# the reason on stdout and exit status 1.
initramfs_listing() {
	release=$(uname -r)
	if has_command lsinitramfs; then
		lister=lsinitramfs
	elif has_command lsinitrd; then
		lister=lsinitrd
	else
		echo 'unknown: neither lsinitramfs nor lsinitrd is installed'
		return 1
	fi
	image=$(initramfs_image "$release")
	if [ -z "$image" ]; then
		echo "unknown: no initramfs for $release in /boot (looked for initrd.img-, initramfs-*.img and initrd-)"
		return 1
	fi
	if [ ! -r "$image" ]; then
		echo "unknown: $image is not readable by user $(id -u) (run as root to read it)"
		return 1
	fi
	if ! "$lister" "$image" 2>/dev/null; then
		echo "unknown: $lister could not list $image"
		return 1
	fi
}

collect_initramfs() {
	if [ "$initramfs_ok" -ne 1 ]; then
		unreadable initramfs "$initramfs_files"
		return
	fi
	pattern=$(printf '%s' "$1" | sed 's/[-_]/[-_]/g')
	found=$(printf '%s\n' "$initramfs_files" | grep "/$pattern\.ko" | head -n 1)
	if [ -n "$found" ]; then
		value initramfs yes
		value initramfs.file "$found"
	else
		value initramfs no
	fi
}

collect_module() {
	echo "section module $1"
	collect_modinfo "$1"
	collect_builtin "$1"
	collect_sysfs_module "$1"
	collect_initramfs "$1"
	if [ "$dkms_ok" -eq 1 ]; then
		printf '%s\n' "$dkms_lines" | grep -F "$1" | escape_lines dkms
	fi
}

collect_dkms() {
	echo 'section dkms'
	dkms_ok=0
	if ! has_command dkms; then
		unreadable status 'dkms is not installed'
		return
	fi
	if ! dkms_lines=$(dkms status 2>&1); then
		unreadable status "dkms status failed: $dkms_lines"
		return
	fi
	dkms_ok=1
	if [ -z "$dkms_lines" ]; then
		value status ''
	else
		printf '%s\n' "$dkms_lines" | escape_lines status
	fi
}

collect_tools() {
	echo 'section tools'
	for tool in $VENDOR_TOOLS; do
		if path=$(command -v "$tool" 2>/dev/null); then
			value "$tool" "$path"
		else
			value "$tool" 'not found'
		fi
	done
}

main() {
	echo "needle-fingerprint $FORMAT_VERSION"
	echo '# Read-only record of kernel, storage controllers and drivers. See --help.'
	collect_host

	controllers=$(storage_controllers)
	modules=''
	for address in $controllers; do
		collect_controller "$address"
		name=$(module_of_device "/sys/bus/pci/devices/$address")
		[ -n "$name" ] && modules="$modules $name"
	done

	dkms_lines=''
	collect_dkms
	initramfs_ok=1
	initramfs_files=$(initramfs_listing) || initramfs_ok=0
	for name in $(echo "$modules" | tr " " "\n" | sort -u); do
		collect_module "$name"
	done

	collect_tools
	echo 'end needle-fingerprint'
}

for arg in "$@"; do
	case $arg in
		--anonymize) anonymize=1 ;;
		--help|-h) usage; exit 0 ;;
		*) echo "needle-fingerprint.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
	esac
done

main
