/**
 * The runbook pages that the comparison links to, in one table so that a renamed page is
 * fixed in one place. The build's link checker does not see these (they are data, not
 * Markdown links); `tests/unit/fingerprint/links.test.ts` checks each against content/docs.
 */

/** A runbook page: its site path (absolute, with a trailing slash) and its title. */
export interface RunbookLink {
	path: string;
	title: string;
}

export const RUNBOOK_LINKS = {
	fingerprintAndCompare: { path: '/diagnose/fingerprint-and-compare/', title: 'Fingerprint and compare two hosts' },
	getDriverSource: {
		path: '/diagnose/get-driver-source/',
		title: 'Get the exact driver source of a distribution kernel',
	},
	compareDriverTrees: { path: '/diagnose/compare-driver-trees/', title: 'Compare two driver trees' },
	signModule: { path: '/build/sign-module/', title: 'Sign a module' },
	installAndStage: { path: '/build/install-and-stage/', title: 'Install and stage a module' },
	modinfoAndTaint: { path: '/reference/modinfo-and-taint/', title: 'modinfo fields and taint flags' },
	identifyDriver: { path: '/diagnose/identify-driver/', title: 'Identify the controller and its driver' },
	reproduceAndCapture: {
		path: '/diagnose/reproduce-and-capture/',
		title: 'Reproduce the failure and capture evidence',
	},
} as const satisfies Record<string, RunbookLink>;

export type RunbookLinkId = keyof typeof RUNBOOK_LINKS;
