/*
 * Makes uname(2) report the guest's kernel release to the commands the lab runs on the host.
 *
 * The runbook's build and install commands ask the running kernel for its release
 * (`$(uname -r)`, and depmod and modinfo without a version). On the lab's host that is not the
 * pinned Debian kernel, so the lab preloads this library with NEEDLE_LAB_UNAME_R set to the
 * guest's release. Everything else uname reports stays the host's.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>

int uname(struct utsname *buf)
{
	static int (*real_uname)(struct utsname *);
	const char *release = getenv("NEEDLE_LAB_UNAME_R");
	int status;

	if (!real_uname)
		real_uname = (int (*)(struct utsname *))dlsym(RTLD_NEXT, "uname");
	status = real_uname(buf);
	if (status == 0 && release && *release) {
		strncpy(buf->release, release, sizeof(buf->release) - 1);
		buf->release[sizeof(buf->release) - 1] = '\0';
	}
	return status;
}
