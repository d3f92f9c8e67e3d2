/**
 * Versioned records in the browser's localStorage, and what happens to a record that cannot be
 * read: it is moved aside to a quarantine key with the reason, never deleted, and the page
 * tells the reader about it until the reader discards it.
 *
 * Every record Needle stores is a JSON object with `version: 1`. A record written by an older
 * or newer runbook, edited by hand into something invalid, or cut short, fails to parse here.
 */
import { QUARANTINE_PREFIX } from './storage-keys';

/** The version of every record this runbook writes and reads. */
export const STORAGE_VERSION = 1 as const;

/** The part of the Web Storage API that Needle uses; tests pass a Map-backed fake. */
export interface KeyValueStore {
	readonly length: number;
	key(index: number): string | null;
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** The outcome of reading a record: its value, or why it cannot be used and what was saved. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string; salvaged?: T };

/** A record that was moved aside, as the quarantine key holds it. */
export interface QuarantinedRecord {
	/** The key the record was stored under. */
	from: string;
	/** Why it could not be read, in words for the reader. */
	reason: string;
	/** When it was moved, as an ISO date. */
	at: string;
	/** The stored text, exactly as it was. */
	raw: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses the stored text of a record and checks its version before handing the object to
 * `validate`. Returns the reason in words when the text is not JSON or not version 1.
 */
export function parseVersioned<T>(raw: string, validate: (data: Record<string, unknown>) => Parsed<T>): Parsed<T> {
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { ok: false, reason: 'it is not valid JSON' };
	}
	if (!isRecord(data)) return { ok: false, reason: 'it is not a JSON object' };
	if (data['version'] !== STORAGE_VERSION) {
		return {
			ok: false,
			reason: `it is stored as version ${JSON.stringify(data['version'] ?? null)}, and this runbook reads version ${STORAGE_VERSION}`,
		};
	}
	return validate(data);
}

/**
 * Moves the record under `key` to a quarantine key, with the reason, and returns that key.
 * When the copy cannot be written (storage full), the record stays where it is, so it is
 * never lost; the caller still reports it.
 */
export function quarantine(store: KeyValueStore, key: string, reason: string, now: Date): string | undefined {
	const raw = store.getItem(key);
	if (raw === null) return undefined;
	const at = now.toISOString();
	const target = `${QUARANTINE_PREFIX}${key}@${at}`;
	const record: QuarantinedRecord = { from: key, reason, at, raw };
	try {
		store.setItem(target, JSON.stringify(record));
	} catch {
		return undefined;
	}
	store.removeItem(key);
	return target;
}

/** Lists the keys that start with `prefix`, in storage order. */
export function keysWithPrefix(store: KeyValueStore, prefix: string): string[] {
	const keys: string[] = [];
	for (let index = 0; index < store.length; index++) {
		const key = store.key(index);
		if (key?.startsWith(prefix)) keys.push(key);
	}
	return keys;
}

/** Reads every quarantined record, keyed by its quarantine key. */
export function listQuarantined(store: KeyValueStore): [string, QuarantinedRecord][] {
	return keysWithPrefix(store, QUARANTINE_PREFIX).map((key) => {
		const raw = store.getItem(key) ?? '';
		try {
			const record: unknown = JSON.parse(raw);
			if (isRecord(record) && typeof record['raw'] === 'string') return [key, record as unknown as QuarantinedRecord];
		} catch {
			// A quarantine entry edited by hand is shown as it is.
		}
		return [key, { from: key, reason: 'the kept copy itself cannot be read', at: '', raw }];
	});
}

/**
 * Reads the record under `key`. A record that cannot be read is quarantined; what `parse`
 * could salvage from it is returned with the reason, so the caller can go on and report it.
 */
export function readRecord<T>(
	store: KeyValueStore,
	key: string,
	parse: (raw: string) => Parsed<T>,
	now = new Date(),
): Parsed<T> | undefined {
	const raw = store.getItem(key);
	if (raw === null) return undefined;
	const parsed = parse(raw);
	if (!parsed.ok) quarantine(store, key, parsed.reason, now);
	return parsed;
}
