/**
 * Run records: a reader working through a procedure ticks its steps, each tick keeps its time,
 * and any step can carry a note. A run is stored per procedure page under `needle:run:<path>`
 * as `{ version: 1, … }`, and exported as a Markdown change record.
 */
import { PLACEHOLDERS, isPlaceholderName } from './placeholders';
import type { Values } from './profile';
import { isRecord, parseVersioned, STORAGE_VERSION, type Parsed } from './storage';

export interface RunStep {
	/** When the step was ticked, as an ISO date; absent while it is not done. */
	at?: string;
	/** What the reader wrote about the step. */
	note?: string;
}

export interface Run {
	version: typeof STORAGE_VERSION;
	/** The procedure's URL path, such as `/back-up/data-manifest/`. */
	path: string;
	title: string;
	/** When the run was started, as an ISO date. */
	startedAt: string;
	/** Who runs it, as the reader typed it. */
	by: string;
	steps: RunStep[];
}

/** What the change record needs besides the run itself. */
export interface RecordContext {
	url: string;
	stepTitles: readonly string[];
	values: Values;
	distro?: string | undefined;
	exportedAt: Date;
}

export function startRun(path: string, title: string, stepCount: number, now: Date): Run {
	const steps = Array.from({ length: stepCount }, () => ({}));
	return { version: STORAGE_VERSION, path, title, startedAt: now.toISOString(), by: '', steps };
}

const isDate = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** Lists what is wrong with one stored step, by its number. */
function stepProblems(step: unknown, number: number): string[] {
	if (!isRecord(step)) return [`step ${number} is not an object`];
	const problems: string[] = [];
	if (step['at'] !== undefined && !isDate(step['at']))
		problems.push(`step ${number} has a tick time that is not a date`);
	if (step['note'] !== undefined && typeof step['note'] !== 'string')
		problems.push(`step ${number} has a note that is not text`);
	return problems;
}

/** Parses a stored run; any field of the wrong kind makes it unreadable. */
export function parseRun(raw: string): Parsed<Run> {
	return parseVersioned(raw, (data) => {
		const problems: string[] = [];
		for (const field of ['path', 'title', 'by'] as const) {
			if (typeof data[field] !== 'string') problems.push(`"${field}" is not text`);
		}
		if (!isDate(data['startedAt'])) problems.push('"startedAt" is not a date');
		const steps = data['steps'];
		if (!Array.isArray(steps)) problems.push('"steps" is not a list');
		else steps.forEach((step, index) => problems.push(...stepProblems(step, index + 1)));
		if (problems.length > 0) return { ok: false, reason: problems.join('; ') };
		return { ok: true, value: data as unknown as Run };
	});
}

/** Ticks or unticks a step; ticking records the time. */
export function tickStep(run: Run, index: number, done: boolean, now: Date): Run {
	return updateStep(run, index, (step) => {
		const next: RunStep = { ...step };
		if (done) next.at = now.toISOString();
		else delete next.at;
		return next;
	});
}

/** Sets the note of a step; an empty note is removed. */
export function setNote(run: Run, index: number, note: string): Run {
	return updateStep(run, index, (step) => {
		const next: RunStep = { ...step, note };
		if (note.trim() === '') delete next.note;
		return next;
	});
}

function updateStep(run: Run, index: number, change: (step: RunStep) => RunStep): Run {
	const steps = run.steps.map((step, i) => (i === index ? change(step) : step));
	return { ...run, steps };
}

/** A run is finished when every step is ticked. */
export function isFinished(run: Run): boolean {
	return run.steps.length > 0 && run.steps.every((step) => step.at !== undefined);
}

/** Writes an ISO date as `2026-12-03 17:04:05 UTC`, the same in every time zone. */
export function formatTime(iso: string): string {
	return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

/** Keeps a value from breaking a Markdown table row. */
const cell = (text: string) => text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('\n', ' ');

function profileSection(context: RecordContext): string[] {
	const rows: string[] = [];
	if (context.distro) rows.push(`| Distribution family | ${cell(context.distro)} |`);
	for (const [name, value] of Object.entries(context.values)) {
		if (isPlaceholderName(name) && value) rows.push(`| ${cell(PLACEHOLDERS[name].label)} (${name}) | ${cell(value)} |`);
	}
	if (rows.length === 0) return ['## Host profile', '', 'No values were set.'];
	return ['## Host profile', '', '| Value | Setting |', '| --- | --- |', ...rows];
}

function stepLines(run: Run, titles: readonly string[]): string[] {
	return run.steps.flatMap((step, index) => {
		const title = titles[index]?.trim() || `Step ${index + 1}`;
		const when = step.at ? ` (done ${formatTime(step.at)})` : ' (not done)';
		const lines = [`${index + 1}. [${step.at ? 'x' : ' '}] ${title}${when}`];
		if (step.note) lines.push(...step.note.split('\n').map((line, i) => `   ${i === 0 ? 'Note: ' : ''}${line}`));
		return lines;
	});
}

/** Writes a run as a Markdown change record, for a ticket or a change log. */
export function runToMarkdown(run: Run, context: RecordContext): string {
	const done = run.steps.filter((step) => step.at).length;
	return [
		`# Change record: ${run.title}`,
		'',
		`- Procedure: [${run.title}](${context.url})`,
		`- Run by: ${run.by.trim() || 'not given'}`,
		`- Started: ${formatTime(run.startedAt)}`,
		`- Exported: ${formatTime(context.exportedAt.toISOString())}`,
		`- Steps done: ${done} of ${run.steps.length}`,
		'',
		...profileSection(context),
		'',
		'## Steps',
		'',
		...stepLines(run, context.stepTitles),
		'',
	].join('\n');
}

/** A file name for the exported record, such as `change-record-data-manifest-2026-12-03.md`. */
export function recordFileName(run: Run, exportedAt: Date): string {
	const slug = run.path.split('/').filter(Boolean).at(-1) ?? 'procedure';
	return `change-record-${slug}-${exportedAt.toISOString().slice(0, 10)}.md`;
}
