# shellcheck shell=sh
# Helpers for the guest's phase scripts. The host reads the serial console and finds:
#   @@LAB BEGIN <id>        a step starts; its output follows
#   @@LAB END <id> <status> the step ended with that exit status
#   @@LAB VALUE <key>=<v>   a measured value the host asserts on

# Runs a command as one named step.
lab_step() {
	lab_id=$1
	shift
	echo "@@LAB BEGIN $lab_id"
	"$@" 2>&1
	echo "@@LAB END $lab_id $?"
}

# Runs a runbook block, as the host extracted it, in bash with errexit like a careful reader.
lab_block() {
	lab_step "$1" bash -e "/lab/blocks/$1.sh"
}

# Reports a value for the host to check.
lab_value() {
	echo "@@LAB VALUE $1=$2"
}

# Loads the drivers the guest needs and waits for the disks to appear.
lab_load_drivers() {
	for lab_module in megaraid_sas sd_mod virtio_pci virtio_blk ext4; do
		modprobe "$lab_module" || echo "@@LAB WARN modprobe $lab_module failed"
	done
	lab_wait=0
	while [ ! -b /dev/sda ] && [ "$lab_wait" -lt 60 ]; do
		sleep 0.5
		lab_wait=$((lab_wait + 1))
	done
	# Kernel messages from here on would break lines of step output.
	echo 1 >/proc/sys/kernel/printk
}

# Reports which megaraid_sas is loaded, the taint, and the disk the controller shows.
lab_report_driver() {
	lab_value srcversion "$(cat /sys/module/megaraid_sas/srcversion 2>/dev/null)"
	lab_value version "$(cat /sys/module/megaraid_sas/version 2>/dev/null)"
	lab_value taint "$(cat /proc/sys/kernel/tainted)"
	lab_value modinfo_n "$(modinfo -n megaraid_sas 2>&1)"
	lab_value sda "$([ -b /dev/sda ] && echo present || echo missing)"
	# sda's SCSI address starts with the host number; the host names the driver behind it.
	lab_host=$(basename "$(readlink -f /sys/block/sda/device)" | cut -d: -f1)
	lab_value sda_driver "$(cat "/sys/class/scsi_host/host$lab_host/proc_name" 2>/dev/null)"
}
