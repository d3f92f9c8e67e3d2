import { describe, expect, it } from 'vitest';
import { runbookSchema } from '~/schemas/runbook';

const procedure = {
	title: 'Swap the driver',
	kind: 'procedure',
	risk: 'reversible',
	appliesTo: { families: ['debian', 'rhel'], kernel: { from: '4.4' } },
};

const lesson = { title: 'Modules', kind: 'lesson', outcomes: ['Read modinfo'], prerequisites: [], minutes: 15 };

/** Parses frontmatter and returns each refusal as "path: message". */
function refusals(data: unknown): string[] {
	const result = runbookSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('runbookSchema', () => {
	it('accepts a complete procedure and a complete lesson', () => {
		expect(refusals(procedure)).toEqual([]);
		expect(refusals(lesson)).toEqual([]);
	});

	it('refuses an unknown risk and lists the valid values', () => {
		expect(refusals({ ...procedure, risk: 'dangerous' })).toEqual([
			'risk: `risk` is "dangerous", which is not allowed. Use one of: read-only, reversible, destructive.',
		]);
	});

	it('refuses a page without a title or a kind and says what each is for', () => {
		const messages = refusals({});
		expect(messages).toContainEqual(expect.stringMatching(/^title: Every page needs a `title`/));
		expect(messages).toContainEqual(
			'kind: Every page needs a `kind`: one of lesson, procedure, concept, reference, case-study, tool. It decides which other fields the page needs.',
		);
	});

	it('refuses a procedure without risk or appliesTo', () => {
		const messages = refusals({ title: 'T', kind: 'procedure' });
		expect(messages).toContainEqual(expect.stringMatching(/^risk: A procedure needs `risk`/));
		expect(messages).toContainEqual(expect.stringMatching(/^appliesTo: A procedure needs `appliesTo`/));
	});

	it('refuses risk on a page that is not a procedure', () => {
		expect(refusals({ title: 'T', kind: 'concept', risk: 'read-only' })).toEqual([
			'risk: `risk` belongs on procedures only; this page is a concept. Remove it or set kind: procedure.',
		]);
	});

	it('refuses an unknown distribution family', () => {
		const messages = refusals({ ...procedure, appliesTo: { families: ['arch'], kernel: { from: '6.1' } } });
		expect(messages).toEqual([
			'appliesTo.families.0: `appliesTo.families[]` is "arch", which is not allowed. Use one of: debian, ubuntu, rhel, suse.',
		]);
	});

	it('refuses a kernel version that is not major.minor', () => {
		const messages = refusals({ ...procedure, appliesTo: { families: ['debian'], kernel: { from: 'six' } } });
		expect(messages).toEqual([
			'appliesTo.kernel.from: `appliesTo.kernel.from` must look like "4.4" or "6.1.0" (major.minor[.patch]).',
		]);
	});

	it('refuses a lesson without outcomes, prerequisites or minutes', () => {
		const messages = refusals({ title: 'T', kind: 'lesson' });
		expect(messages.map((message) => message.split(':')[0])).toEqual(['outcomes', 'prerequisites', 'minutes']);
	});

	it('refuses minutes that are not a whole positive number', () => {
		expect(refusals({ ...lesson, minutes: 2.5 })).toEqual([
			'minutes: `minutes` must be a whole number of minutes, such as 20.',
		]);
		expect(refusals({ ...lesson, minutes: 0 })).toEqual(['minutes: `minutes` must be more than 0.']);
	});

	it('refuses a verified date that is not a date', () => {
		const messages = refusals({
			...procedure,
			verified: { date: 'last week', distribution: 'Debian 12', kernel: '6.1.0-47-amd64' },
		});
		expect(messages).toEqual(['verified.date: `verified.date` must be a date such as 2026-12-03.']);
	});
});
