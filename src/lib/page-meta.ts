/**
 * Turns a page's runbook frontmatter into the short facts shown under its title: what kind of
 * page it is, its risk, what it applies to, when it was last checked, how long it takes.
 */
import { FAMILY_LABELS, type PageKind, type Risk, type RunbookFields } from '../schemas/runbook';

export interface MetaItem {
	/** Term, as shown to the reader. */
	label: string;
	/** Value, as shown to the reader. */
	value: string;
	/** A class name suffix for styling, such as the risk level. */
	tone?: Risk | 'neutral';
}

const KIND_LABELS: Record<PageKind, string> = {
	lesson: 'Lesson',
	procedure: 'Procedure',
	concept: 'Concept',
	reference: 'Reference',
	'case-study': 'Case study',
	tool: 'Tool',
};

/** How each risk level is explained next to its label. */
export const RISK_TEXT: Record<Risk, string> = {
	'read-only': 'Read-only: changes nothing on the host',
	reversible: 'Reversible: changes the host, with a way back on this page',
	destructive: 'Destructive: can lose data; back up first',
};

/** Writes a kernel range as a reader says it: "4.4 and later", "4.4 to 6.1". */
export function formatKernelRange(range: { from: string; to?: string | undefined }): string {
	return range.to ? `Linux ${range.from} to ${range.to}` : `Linux ${range.from} and later`;
}

/** Formats a date as YYYY-MM-DD, the form the frontmatter uses, in UTC. */
export function formatDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** Lists the facts to show under a page's title, in reading order. */
export function describePage(page: RunbookFields): MetaItem[] {
	const items: MetaItem[] = [{ label: 'Kind', value: KIND_LABELS[page.kind] }];

	if (page.risk) items.push({ label: 'Risk', value: RISK_TEXT[page.risk], tone: page.risk });
	if (page.appliesTo) {
		const families = page.appliesTo.families.map((family) => FAMILY_LABELS[family]).join(', ');
		items.push({ label: 'Applies to', value: `${families}; ${formatKernelRange(page.appliesTo.kernel)}` });
	}
	if (page.minutes) items.push({ label: 'Time', value: `About ${page.minutes} minutes` });
	if (page.verified) {
		const { date, distribution, kernel } = page.verified;
		items.push({ label: 'Last verified', value: `${formatDate(date)} on ${distribution}, kernel ${kernel}` });
	} else if (page.kind === 'procedure') {
		items.push({
			label: 'Last verified',
			value: 'Not yet run end to end; read each step before you run it',
			tone: 'neutral',
		});
	}
	return items;
}
