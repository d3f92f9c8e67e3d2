import { describe, expect, it } from 'vitest';
import {
	keysWithPrefix,
	listQuarantined,
	parseVersioned,
	quarantine,
	readRecord,
	type KeyValueStore,
	type Parsed,
} from '~/lib/storage';

/** A Map-backed stand-in for localStorage, with an optional limit to act as a full store. */
function memoryStore(entries: Record<string, string> = {}, full = false): KeyValueStore & { map: Map<string, string> } {
	const map = new Map(Object.entries(entries));
	return {
		map,
		get length() {
			return map.size;
		},
		key: (index) => [...map.keys()][index] ?? null,
		getItem: (key) => map.get(key) ?? null,
		setItem: (key, value) => {
			if (full) throw new Error('QuotaExceededError');
			map.set(key, value);
		},
		removeItem: (key) => void map.delete(key),
	};
}

const accept = (data: Record<string, unknown>): Parsed<Record<string, unknown>> => ({ ok: true, value: data });
const NOW = new Date('2026-12-03T17:00:00Z');

describe('parseVersioned', () => {
	it('hands a version 1 object to the validator', () => {
		expect(parseVersioned('{"version":1,"a":2}', accept)).toEqual({ ok: true, value: { version: 1, a: 2 } });
	});

	it('refuses text that is not JSON', () => {
		expect(parseVersioned('{"version":1,', accept)).toEqual({ ok: false, reason: 'it is not valid JSON' });
	});

	it('refuses an older or newer version and names both', () => {
		const parsed = parseVersioned('{"version":2}', accept);
		expect(parsed.ok).toBe(false);
		expect(!parsed.ok && parsed.reason).toBe('it is stored as version 2, and this runbook reads version 1');
	});

	it('refuses a record with no version and a JSON value that is not an object', () => {
		expect(parseVersioned('{}', accept)).toMatchObject({ ok: false, reason: expect.stringContaining('version null') });
		expect(parseVersioned('[1]', accept)).toEqual({ ok: false, reason: 'it is not a JSON object' });
	});
});

describe('quarantine', () => {
	it('moves the record to a quarantine key with the reason and the exact text', () => {
		const store = memoryStore({ 'needle:profile': '{broken' });
		const key = quarantine(store, 'needle:profile', 'it is not valid JSON', NOW);
		expect(key).toBe('needle:quarantine:needle:profile@2026-12-03T17:00:00.000Z');
		expect(store.getItem('needle:profile')).toBeNull();
		expect(JSON.parse(store.getItem(key!)!)).toEqual({
			from: 'needle:profile',
			reason: 'it is not valid JSON',
			at: NOW.toISOString(),
			raw: '{broken',
		});
	});

	it('leaves the record where it is when the copy cannot be written', () => {
		const store = memoryStore({ 'needle:profile': '{broken' }, true);
		expect(quarantine(store, 'needle:profile', 'bad', NOW)).toBeUndefined();
		expect(store.getItem('needle:profile')).toBe('{broken');
	});
});

describe('readRecord', () => {
	it('quarantines a record that does not parse and returns the reason', () => {
		const store = memoryStore({ 'needle:run:/a/': 'nope' });
		const parsed = readRecord(store, 'needle:run:/a/', (raw) => parseVersioned(raw, accept), NOW);
		expect(parsed).toEqual({ ok: false, reason: 'it is not valid JSON' });
		expect(keysWithPrefix(store, 'needle:quarantine:')).toHaveLength(1);
		expect(listQuarantined(store)[0]?.[1]).toMatchObject({ from: 'needle:run:/a/', raw: 'nope' });
	});

	it('returns undefined for a key that holds nothing', () => {
		expect(readRecord(memoryStore(), 'x', (raw) => parseVersioned(raw, accept))).toBeUndefined();
	});
});

describe('listQuarantined', () => {
	it('shows a hand-edited quarantine entry as it is instead of failing', () => {
		const store = memoryStore({ 'needle:quarantine:x': 'garbled' });
		expect(listQuarantined(store)).toEqual([
			[
				'needle:quarantine:x',
				{ from: 'needle:quarantine:x', reason: 'the kept copy itself cannot be read', at: '', raw: 'garbled' },
			],
		]);
	});
});
