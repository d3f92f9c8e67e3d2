/**
 * Reads a needle-fingerprint (see `format.ts`) into a typed record, or says exactly why the
 * text is not one and what to do about it. Pure: no DOM, no I/O, safe in a browser and in tests.
 */
import { END_LINE, FORMAT_VERSION, HEADER_WORD, MAX_FINGERPRINT_CHARS, unescapeValue } from './format';

/** One key of a section: the values read, or why it could not be read. */
export interface Field {
	/** Every value recorded for the key, in order (lists such as `modinfo.parm` repeat the key). */
	values: string[];
	/** Set when the collector could not read the key: its stated reason. */
	unreadable?: string;
}

/** A `section KIND [ID]` block. */
export interface Section {
	kind: string;
	/** The PCI address for a controller, the module name for a module, else ''. */
	id: string;
	fields: Map<string, Field>;
}

/** A parsed fingerprint of one host. */
export interface Fingerprint {
	version: number;
	host: Section;
	controllers: Section[];
	modules: Section[];
	/** Absent only if the collector was cut short before it; kept optional for that reason. */
	dkms: Section | undefined;
	tools: Section | undefined;
}

/** Why a text was refused. Each code has its own message and hint. */
export type FingerprintErrorCode =
	'empty' | 'too-large' | 'binary' | 'not-a-fingerprint' | 'newer-version' | 'truncated' | 'malformed' | 'incomplete';

export interface FingerprintError {
	code: FingerprintErrorCode;
	/** What is wrong, in one sentence. */
	message: string;
	/** What to do about it. */
	hint: string;
	/** The 1-based line the problem was found on, when there is one. */
	line?: number;
}

export type ParseResult = { ok: true; fingerprint: Fingerprint } | { ok: false; error: FingerprintError };

const RERUN = 'Run needle-fingerprint.sh again on the host and paste or load its whole output.';
const KEY_LINE = /^([A-Za-z0-9._-]+)(!?)=(.*)$/;
const SECTION_LINE = /^section ([a-z][a-z0-9-]*)(?: (\S+))?$/;

function fail(code: FingerprintErrorCode, message: string, hint: string, line?: number): ParseResult {
	return { ok: false, error: line === undefined ? { code, message, hint } : { code, message, hint, line } };
}

/**
 * Decides whether text is binary rather than a fingerprint: a NUL character, or many
 * replacement characters (what a browser makes of bytes that are not UTF-8), or many control
 * characters in the first 8 KiB.
 */
export function looksBinary(text: string): boolean {
	const sample = text.slice(0, 8192);
	if (sample.includes('\u0000')) return true;

	// eslint-disable-next-line no-control-regex
	const odd = sample.match(/[\ufffd\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
	return odd > 8 && odd / sample.length > 0.01;
}

/** Checks the cheap things first: size, binary, header and version. */
function checkEnvelope(text: string, lines: string[]): ParseResult | undefined {
	const header = lines[0]?.trim() ?? '';
	const match = /^needle-fingerprint (\d+)$/.exec(header);
	if (!match) {
		return fail(
			'not-a-fingerprint',
			`This is not a needle-fingerprint: the first line should be "${HEADER_WORD} ${FORMAT_VERSION}", but it is "${header.slice(0, 60)}".`,
			`Paste the output of needle-fingerprint.sh from its first line. ${RERUN}`,
			1,
		);
	}
	const version = Number(match[1]);
	if (version > FORMAT_VERSION) {
		return fail(
			'newer-version',
			`This fingerprint uses format version ${version}; this page reads version ${FORMAT_VERSION}.`,
			'Reload the page to get the newest version of the site, or collect the fingerprint with the collector offered for download on this site.',
			1,
		);
	}
	if (!lines.some((line) => line.trim() === END_LINE)) {
		return fail(
			'truncated',
			`The fingerprint is cut short: its last line "${END_LINE}" is missing (${text.length} characters were received).`,
			`Copy the whole output; a terminal, a ticket or a chat may have cut it. ${RERUN}`,
		);
	}
	return undefined;
}

function addField(section: Section, key: string, value: string, unreadable: boolean): void {
	const field = section.fields.get(key) ?? { values: [] };
	if (unreadable) field.unreadable = unescapeValue(value);
	else field.values.push(unescapeValue(value));
	section.fields.set(key, field);
}

/** Reads the lines between the header and the end marker into sections. */
function readSections(lines: string[]): Section[] | FingerprintError {
	const sections: Section[] = [];
	for (let index = 1; index < lines.length; index += 1) {
		const line = lines[index] as string;
		if (line.trim() === END_LINE) break;
		if (line.trim() === '' || line.startsWith('#')) continue;

		const section = SECTION_LINE.exec(line);
		if (section) {
			sections.push({ kind: section[1] as string, id: section[2] ?? '', fields: new Map() });
			continue;
		}
		const field = KEY_LINE.exec(line);
		const current = sections.at(-1);
		if (!field || !current) {
			return {
				code: 'malformed',
				message: `Line ${index + 1} is not a fingerprint line: "${line.slice(0, 60)}".`,
				hint: `Each line is "section …", "KEY=VALUE" or "KEY!=REASON". Fix or remove that line, or ${RERUN.toLowerCase()}`,
				line: index + 1,
			};
		}
		addField(current, field[1] as string, field[3] as string, field[2] === '!');
	}
	return sections;
}

/** Groups sections into the fingerprint's parts and checks that the essentials are there. */
function assemble(version: number, sections: Section[]): ParseResult {
	const host = sections.find((section) => section.kind === 'host');
	const release = host?.fields.get('kernel.release')?.values[0];
	if (!host || !release) {
		return fail(
			'incomplete',
			host
				? 'The fingerprint has no kernel release (kernel.release in the host section).'
				: 'The fingerprint has no host section.',
			`A fingerprint cannot be compared without it. ${RERUN}`,
		);
	}
	return {
		ok: true,
		fingerprint: {
			version,
			host,
			controllers: sections.filter((section) => section.kind === 'controller'),
			modules: sections.filter((section) => section.kind === 'module'),
			dkms: sections.find((section) => section.kind === 'dkms'),
			tools: sections.find((section) => section.kind === 'tools'),
		},
	};
}

/**
 * Parses a fingerprint. Never throws: a text that is not a usable fingerprint gives
 * `{ ok: false, error }` with a message and a hint for the reader.
 *
 * Text larger than {@link MAX_FINGERPRINT_CHARS} is refused before any other work, so a
 * wrongly chosen multi-megabyte file costs nothing.
 */
export function parseFingerprint(text: string): ParseResult {
	if (text.length > MAX_FINGERPRINT_CHARS) {
		return fail(
			'too-large',
			`This text is ${formatSize(text.length)}; a fingerprint is at most ${formatSize(MAX_FINGERPRINT_CHARS)} (real ones are a few kilobytes).`,
			'Check that you chose the fingerprint file, not a log or a disk image.',
		);
	}
	const body = text.replace(/^\ufeff/, '').trimStart();
	if (body === '')
		return fail('empty', 'Nothing has been pasted or loaded yet.', 'Paste a fingerprint, or choose or drop its file.');
	if (looksBinary(body)) {
		return fail(
			'binary',
			'This is binary data, not a text fingerprint.',
			'Choose the text file that needle-fingerprint.sh wrote.',
		);
	}

	const lines = body.split(/\r?\n/);
	const refused = checkEnvelope(body, lines);
	if (refused) return refused;

	const sections = readSections(lines);
	if (!Array.isArray(sections)) return { ok: false, error: sections };
	return assemble(FORMAT_VERSION, sections);
}

/** Formats a character count for messages: "812 bytes", "4.0 KB", "30.0 MB". */
export function formatSize(chars: number): string {
	if (chars < 1024) return `${chars} bytes`;
	if (chars < 1024 * 1024) return `${(chars / 1024).toFixed(1)} KB`;
	return `${(chars / 1024 / 1024).toFixed(1)} MB`;
}

/** The first value of a key, or undefined when it is missing or unreadable. */
export function valueOf(section: Section | undefined, key: string): string | undefined {
	return section?.fields.get(key)?.values[0];
}
