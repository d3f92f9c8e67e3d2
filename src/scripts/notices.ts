/**
 * Reports stored data that could not be read and was moved aside (see src/lib/storage.ts).
 * Each notice says what it was, why it failed and what to do, shows the kept text, and stays
 * on every page until the reader discards the kept copy.
 */
import { listQuarantined, type QuarantinedRecord } from '../lib/storage';
import { PROFILE_KEY, RUN_PREFIX } from '../lib/storage-keys';

/** Names the record and the next step for the reader. */
function describe(record: QuarantinedRecord): { what: string; todo: string } {
	if (record.from === PROFILE_KEY) {
		return {
			what: 'Your saved host profile',
			todo: 'The values that were fine are still set. Open Host profile and set again the ones that are missing.',
		};
	}
	if (record.from.startsWith(RUN_PREFIX)) {
		return {
			what: `The run of ${record.from.slice(RUN_PREFIX.length)}`,
			todo: 'Start a new run on that page; copy the times and notes you need from the kept text below.',
		};
	}
	return { what: `Saved data (${record.from})`, todo: 'Copy what you need from the kept text below.' };
}

function notice(key: string, record: QuarantinedRecord): HTMLElement {
	const { what, todo } = describe(record);
	const box = document.createElement('div');
	box.className = 'needle-notice needle-notice--problem';
	const text = document.createElement('p');
	text.textContent = `${what} could not be read: ${record.reason}. It was kept, not deleted, under the name “${key}” in this browser's storage. ${todo}`;
	const kept = document.createElement('details');
	const summary = document.createElement('summary');
	summary.textContent = 'Show the kept text';
	const raw = document.createElement('pre');
	raw.textContent = record.raw;
	kept.append(summary, raw);
	const discard = document.createElement('button');
	discard.type = 'button';
	discard.className = 'needle-button';
	discard.textContent = 'Discard the kept copy';
	discard.addEventListener('click', () => {
		if (!confirm(`Delete the kept copy of ${what.toLowerCase()}? It cannot be brought back.`)) return;
		localStorage.removeItem(key);
		box.remove();
	});
	box.append(text, kept, discard);
	return box;
}

export function showQuarantined(container: HTMLElement): void {
	for (const [key, record] of listQuarantined(localStorage)) container.append(notice(key, record));
}
