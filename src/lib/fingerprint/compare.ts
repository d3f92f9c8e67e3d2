/**
 * Compares two parsed fingerprints (A and B) and lists what differs, grouped, each
 * difference with its meaning and the runbook page that deals with it. Pure: no DOM.
 */
import {
	RULES,
	CONTROLLER_RULES,
	GROUPS,
	HOST_RULES,
	MODULE_RULES,
	srcversionMeaning,
	taintMeaning,
	unknownMeaning,
	type FieldRule,
	type GroupId,
} from './explain';
import type { RunbookLink } from './links';
import { valueOf, type Field, type Fingerprint, type Section } from './parse';

/** `differs`: both sides have a value and they differ; `unknown`: one side could not read it. */
export type DifferenceStatus = 'differs' | 'only-a' | 'only-b' | 'unknown';

export interface Difference {
	group: GroupId;
	/** What the field belongs to: "host", a module name, "controller 1000:0079", "tools". */
	subject: string;
	label: string;
	/** The value on each side as text; undefined when the side has none. */
	a: string | undefined;
	b: string | undefined;
	status: DifferenceStatus;
	meaning: string;
	link: RunbookLink;
}

/** A field that is the same on both sides, shown folded away. */
export interface EqualField {
	subject: string;
	label: string;
	value: string;
}

export interface ComparisonGroup {
	id: GroupId;
	title: string;
	differences: Difference[];
	equal: EqualField[];
}

/** One line about each host, for headings. */
export interface HostSummary {
	distribution: string;
	release: string;
}

export interface Comparison {
	a: HostSummary;
	b: HostSummary;
	groups: ComparisonGroup[];
	/** Differences of every status, unknown included. */
	differenceCount: number;
}

/** The recorded text of a field: its values, one per line, trailing blanks removed. */
function fieldText(field: Field | undefined): string | undefined {
	if (!field || field.unreadable !== undefined) return undefined;
	return field.values.map((value) => value.trimEnd()).join('\n');
}

/** Collects differences and equal fields into their groups while the walk goes on. */
class Collector {
	readonly groups: ComparisonGroup[] = GROUPS.map(({ id, title }) => ({ id, title, differences: [], equal: [] }));

	difference(
		rule: FieldRule,
		subject: string,
		found: Omit<Difference, 'group' | 'subject' | 'label' | 'link' | 'meaning'> & { meaning?: string; label?: string },
	): void {
		this.group(rule.group).differences.push({
			group: rule.group,
			subject,
			label: found.label ?? rule.label,
			a: found.a,
			b: found.b,
			status: found.status,
			meaning: found.meaning ?? rule.meaning,
			link: rule.link,
		});
	}

	equal(rule: FieldRule, subject: string, value: string, label = rule.label): void {
		this.group(rule.group).equal.push({ subject, label, value });
	}

	private group(id: GroupId): ComparisonGroup {
		return this.groups.find((group) => group.id === id) as ComparisonGroup;
	}
}

/**
 * Compares one key. Both unreadable counts as equal (nothing to tell apart); one side
 * unreadable is `unknown`, with the reason.
 */
function compareField(
	out: Collector,
	rule: FieldRule,
	subject: string,
	a: Field | undefined,
	b: Field | undefined,
	meaning?: string,
	label?: string,
): void {
	if (!a && !b) return;
	// A key one side does not record at all (an older collector, a section cut short) is as
	// good as unreadable there.
	a ??= { values: [], unreadable: 'not recorded in this fingerprint' };
	b ??= { values: [], unreadable: 'not recorded in this fingerprint' };
	if (a.unreadable !== undefined && b.unreadable !== undefined) {
		out.equal(rule, subject, `not read: ${a.unreadable}`, label);
		return;
	}
	const unreadable = a.unreadable ?? b.unreadable;
	if (unreadable !== undefined) {
		const side = a.unreadable !== undefined ? 'A' : 'B';
		out.difference(rule, subject, {
			a: fieldText(a),
			b: fieldText(b),
			status: 'unknown',
			meaning: unknownMeaning(side, unreadable),
			...(label ? { label } : {}),
		});
		return;
	}

	const textA = fieldText(a);
	const textB = fieldText(b);
	if (textA === textB) {
		out.equal(rule, subject, textA ?? '', label);
		return;
	}
	out.difference(rule, subject, {
		a: textA,
		b: textB,
		status: 'differs',
		...(meaning ? { meaning } : {}),
		...(label ? { label } : {}),
	});
}

function compareHost(out: Collector, a: Section, b: Section): void {
	for (const [key, rule] of Object.entries(HOST_RULES)) {
		const fieldA = a.fields.get(key);
		const fieldB = b.fields.get(key);
		const meaning = key === 'kernel.tainted' ? taintMeaning(fieldText(fieldA), fieldText(fieldB)) : undefined;
		compareField(out, rule, 'host', fieldA, fieldB, meaning);
	}
}

/** The names of the parameters a module declares, from modinfo's `parm` lines. */
export function parameterNames(section: Section): string[] {
	const names = new Set<string>();
	for (const line of section.fields.get('modinfo.parm')?.values ?? []) {
		const match = /^([A-Za-z0-9_]+):/.exec(line);
		if (match) names.add(match[1] as string);
	}
	return [...names].sort();
}

function compareParameters(out: Collector, name: string, a: Section, b: Section): void {
	const keys = new Set([...a.fields.keys(), ...b.fields.keys()].filter((key) => key.startsWith('sys.parameters.')));
	for (const key of [...keys].sort()) {
		const label = `${key.slice('sys.parameters.'.length)} (value)`;
		compareField(out, RULES.parameterValue, name, moduleField(a, key), moduleField(b, key), undefined, label);
	}

	const namesA = parameterNames(a);
	const namesB = parameterNames(b);
	if (!a.fields.has('modinfo.parm') || !b.fields.has('modinfo.parm')) return;
	const onlyA = namesA.filter((param) => !namesB.includes(param));
	const onlyB = namesB.filter((param) => !namesA.includes(param));
	if (onlyA.length === 0 && onlyB.length === 0) {
		out.equal(RULES.parameterSet, name, namesA.join(', '));
		return;
	}
	out.difference(RULES.parameterSet, name, {
		a: onlyA.length ? `only here: ${onlyA.join(', ')}` : 'none of its own',
		b: onlyB.length ? `only here: ${onlyB.join(', ')}` : 'none of its own',
		status: 'differs',
	});
}

/** Flags a host whose loaded module was built from other sources than the file on its disk. */
function checkLoadedAgainstDisk(out: Collector, name: string, side: 'A' | 'B', section: Section): void {
	const loaded = valueOf(section, 'sys.srcversion');
	const onDisk = valueOf(section, 'modinfo.srcversion');
	if (!loaded || !onDisk || loaded === onDisk) return;

	const text = `loaded ${loaded}, file ${onDisk}`;
	out.difference(RULES.loadedNotOnDisk, name, {
		a: side === 'A' ? text : undefined,
		b: side === 'B' ? text : undefined,
		status: 'differs',
		label: `${RULES.loadedNotOnDisk.label} (host ${side})`,
	});
}

/**
 * A module's field, or when it is missing, the record that says why its whole source could not
 * be read (`modinfo!=...` for `modinfo.version`, `sys!=...` for `sys.srcversion`).
 */
function moduleField(section: Section, key: string): Field | undefined {
	return section.fields.get(key) ?? section.fields.get(key.split('.')[0] as string);
}

function compareModule(out: Collector, name: string, a: Section, b: Section): void {
	const sameVermagic = fieldText(a.fields.get('modinfo.vermagic')) === fieldText(b.fields.get('modinfo.vermagic'));
	for (const [key, rule] of Object.entries(MODULE_RULES)) {
		const fieldA = moduleField(a, key);
		const fieldB = moduleField(b, key);
		let meaning: string | undefined;
		if (key === 'modinfo.srcversion') meaning = srcversionMeaning(sameVermagic);
		if (key === 'sys.taint') meaning = taintMeaning(fieldText(fieldA), fieldText(fieldB));
		compareField(out, rule, name, fieldA, fieldB, meaning);
	}
	compareParameters(out, name, a, b);
}

function compareModules(out: Collector, a: Fingerprint, b: Fingerprint): void {
	const names = new Set([...a.modules, ...b.modules].map((section) => section.id));
	for (const name of [...names].sort()) {
		const moduleA = a.modules.find((section) => section.id === name);
		const moduleB = b.modules.find((section) => section.id === name);
		if (moduleA) checkLoadedAgainstDisk(out, name, 'A', moduleA);
		if (moduleB) checkLoadedAgainstDisk(out, name, 'B', moduleB);
		if (moduleA && moduleB) {
			compareModule(out, name, moduleA, moduleB);
			continue;
		}
		const version = (section: Section | undefined) =>
			section ? (valueOf(section, 'modinfo.version') ?? 'present') : undefined;
		out.difference(RULES.moduleOnOneSide, name, {
			a: version(moduleA),
			b: version(moduleB),
			status: moduleA ? 'only-a' : 'only-b',
		});
	}
}

/** A controller's chip, `vendor:device` without the 0x prefixes: `1000:0079`. */
export function chipId(section: Section): string {
	const strip = (value: string | undefined) => (value ?? '????').replace(/^0x/i, '').toLowerCase();
	return `${strip(valueOf(section, 'vendor'))}:${strip(valueOf(section, 'device'))}`;
}

function describeController(section: Section): string {
	return `${section.id}, driver ${valueOf(section, 'driver') ?? 'none'}`;
}

/** Pairs controllers by chip (in order when a host has several of one chip), not by slot. */
function compareControllers(out: Collector, a: Fingerprint, b: Fingerprint): void {
	const chips = new Set([...a.controllers, ...b.controllers].map(chipId));
	for (const chip of [...chips].sort()) {
		const listA = a.controllers.filter((section) => chipId(section) === chip);
		const listB = b.controllers.filter((section) => chipId(section) === chip);
		for (let index = 0; index < Math.max(listA.length, listB.length); index += 1) {
			const sectionA = listA[index];
			const sectionB = listB[index];
			const subject = `controller ${chip}`;
			if (sectionA && sectionB) {
				for (const [key, rule] of Object.entries(CONTROLLER_RULES)) {
					compareField(out, rule, subject, sectionA.fields.get(key), sectionB.fields.get(key));
				}
				continue;
			}
			out.difference(RULES.controllerOnOneSide, subject, {
				a: sectionA ? describeController(sectionA) : undefined,
				b: sectionB ? describeController(sectionB) : undefined,
				status: sectionA ? 'only-a' : 'only-b',
			});
		}
	}
}

function compareTools(out: Collector, a: Fingerprint, b: Fingerprint): void {
	const keys = new Set([...(a.tools?.fields.keys() ?? []), ...(b.tools?.fields.keys() ?? [])]);
	for (const tool of [...keys].sort()) {
		compareField(out, RULES.toolPath, tool, a.tools?.fields.get(tool), b.tools?.fields.get(tool));
	}
	compareField(out, RULES.dkmsStatus, 'dkms', a.dkms?.fields.get('status'), b.dkms?.fields.get('status'));
}

function summarize(fingerprint: Fingerprint): HostSummary {
	const host = fingerprint.host;
	return {
		distribution: valueOf(host, 'os.pretty_name') ?? valueOf(host, 'os.id') ?? 'unknown distribution',
		release: valueOf(host, 'kernel.release') ?? 'unknown kernel',
	};
}

/**
 * Compares fingerprint A with fingerprint B.
 *
 * @example
 * const result = compareFingerprints(a, b);
 * result.groups.find((group) => group.id === 'build')?.differences;
 */
export function compareFingerprints(a: Fingerprint, b: Fingerprint): Comparison {
	const out = new Collector();
	compareHost(out, a.host, b.host);
	compareModules(out, a, b);
	compareControllers(out, a, b);
	compareTools(out, a, b);

	// Values that could not be read matter less than real differences: list them last.
	for (const group of out.groups) {
		group.differences.sort((x, y) => Number(x.status === 'unknown') - Number(y.status === 'unknown'));
	}
	const differenceCount = out.groups.reduce((sum, group) => sum + group.differences.length, 0);
	return { a: summarize(a), b: summarize(b), groups: out.groups, differenceCount };
}
