/**
 * The needle-fingerprint text format, shared by the parser and its tests.
 *
 * Version 1 (written by `public/tools/needle-fingerprint.sh`):
 *
 * - line 1: `needle-fingerprint 1`
 * - `# text`: a comment; blank lines are ignored too
 * - `section KIND [ID]`: starts a section (`host`, `controller <PCI address>`,
 *   `module <name>`, `dkms`, `tools`)
 * - `KEY=VALUE`: a value that was read; a key may repeat, one line per list item
 * - `KEY!=REASON`: a value the collector could not read, and why
 * - `end needle-fingerprint`: the last line; without it the record was cut short
 *
 * Values are escaped so that any byte fits on one line: `\\`, `\n`, `\t`, `\r` and `\xHH`.
 */

/** The format version this parser reads. A newer one is refused, not guessed at. */
export const FORMAT_VERSION = 1;

/** The first line's word; `needle-fingerprint <version>`. */
export const HEADER_WORD = 'needle-fingerprint';

/** The line that closes a complete fingerprint. */
export const END_LINE = 'end needle-fingerprint';

/**
 * The largest fingerprint accepted, in characters (2 MiB). A real one is a few kilobytes to a
 * few hundred; anything far larger is the wrong file, and refusing it at once keeps the page
 * responsive.
 */
export const MAX_FINGERPRINT_CHARS = 2 * 1024 * 1024;

/** The section kinds version 1 writes. Unknown kinds are kept, so a reader can still show them. */
export const SECTION_KINDS = ['host', 'controller', 'module', 'dkms', 'tools'] as const;

/**
 * Turns an escaped value back into its text. Bytes given as `\xHH` are collected and decoded
 * as UTF-8, so a multi-byte character written byte by byte comes back whole.
 *
 * @example unescapeValue('a\\tb\\xc3\\xa9') // 'a\tbé'
 */
export function unescapeValue(escaped: string): string {
	if (!escaped.includes('\\')) return escaped;

	const bytes: number[] = [];
	const encoder = new TextEncoder();
	for (let i = 0; i < escaped.length; i += 1) {
		const char = escaped[i] as string;
		if (char !== '\\') {
			bytes.push(...encoder.encode(char));
			continue;
		}
		const next = escaped[i + 1];
		const hex = escaped.slice(i + 2, i + 4);
		if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(hex)) {
			bytes.push(parseInt(hex, 16));
			i += 3;
		} else if (next !== undefined && next in SIMPLE_ESCAPES) {
			bytes.push(SIMPLE_ESCAPES[next] as number);
			i += 1;
		} else {
			// A lone backslash is kept as written rather than dropped.
			bytes.push(0x5c);
		}
	}
	return new TextDecoder().decode(new Uint8Array(bytes));
}

const SIMPLE_ESCAPES: Record<string, number> = { '\\': 0x5c, n: 0x0a, t: 0x09, r: 0x0d };

/**
 * Shows a value on one line with control characters made visible, the way the collector
 * wrote them. For display and Markdown only; the parser keeps the real text.
 */
export function showValue(value: string): string {
	// eslint-disable-next-line no-control-regex
	return value.replace(/[\u0000-\u001f\u007f\\]/g, (char) => {
		if (char === '\\') return '\\\\';
		if (char === '\n') return '\\n';
		if (char === '\t') return '\\t';
		if (char === '\r') return '\\r';
		return `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
	});
}
