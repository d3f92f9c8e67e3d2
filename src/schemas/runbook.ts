/**
 * The runbook's frontmatter schema: the fields every Needle page may carry on top of
 * Starlight's own (title, description, sidebar, …).
 *
 * Which fields are required depends on `kind`: a procedure must say how risky it is and what
 * it applies to, a lesson must say what the reader will be able to do and how long it takes.
 * Every refusal names the field and what would be valid, because the author reading the build
 * log needs to fix the page, not to learn Zod.
 */
import { z } from 'astro/zod';

/** What a page is for; decides which other fields are required. */
export const PAGE_KINDS = ['lesson', 'procedure', 'concept', 'reference', 'case-study', 'tool'] as const;

/** How much a procedure can hurt, judged by its most dangerous step. */
export const RISKS = ['read-only', 'reversible', 'destructive'] as const;

/** Distribution families the runbook writes commands for. */
export const FAMILIES = ['debian', 'ubuntu', 'rhel', 'suse'] as const;

export type PageKind = (typeof PAGE_KINDS)[number];
export type Risk = (typeof RISKS)[number];
export type Family = (typeof FAMILIES)[number];

/** Human names of the families, for labels. */
export const FAMILY_LABELS: Record<Family, string> = {
	debian: 'Debian',
	ubuntu: 'Ubuntu',
	rhel: 'RHEL family',
	suse: 'SUSE',
};

/** A kernel version as `uname -r` starts it: `4.4`, `5.14`, `6.1.0`. */
const KERNEL_VERSION = /^\d+\.\d+(\.\d+)?$/;

const list = (values: readonly string[]) => values.join(', ');

function enumField<T extends readonly [string, ...string[]]>(field: string, values: T) {
	return z.enum(values, {
		errorMap: (issue, ctx) => ({
			message:
				issue.code === 'invalid_type' && ctx.data === undefined
					? `\`${field}\` is required here. Use one of: ${list(values)}.`
					: `\`${field}\` is ${JSON.stringify(ctx.data)}, which is not allowed. Use one of: ${list(values)}.`,
		}),
	});
}

const kernelVersion = (field: string) =>
	z
		.string({ invalid_type_error: `\`${field}\` must be a quoted kernel version such as "4.4" or "6.1".` })
		.regex(KERNEL_VERSION, `\`${field}\` must look like "4.4" or "6.1.0" (major.minor[.patch]).`);

/** Distribution families and the kernel range a procedure was written for. */
export const appliesToSchema = z
	.object(
		{
			families: z
				.array(enumField('appliesTo.families[]', FAMILIES), {
					invalid_type_error: `\`appliesTo.families\` must be a list, for example [debian, rhel].`,
				})
				.min(1, `\`appliesTo.families\` needs at least one of: ${list(FAMILIES)}.`),
			kernel: z.object(
				{
					from: kernelVersion('appliesTo.kernel.from'),
					to: kernelVersion('appliesTo.kernel.to').optional(),
				},
				{ required_error: '`appliesTo.kernel` is required: give `from` (and `to` if the procedure stops applying).' },
			),
		},
		{
			required_error:
				'A procedure needs `appliesTo`, for example: appliesTo: { families: [debian, rhel], kernel: { from: "4.4" } }.',
		},
	)
	.strict();

/** When, and on what system, the page's commands were last run and found right. */
export const verifiedSchema = z
	.object({
		date: z.coerce.date({
			errorMap: () => ({ message: '`verified.date` must be a date such as 2026-12-03.' }),
		}),
		distribution: z.string().min(1, '`verified.distribution` names the system, for example "Debian 12".'),
		kernel: z.string().min(1, '`verified.kernel` is the kernel release the commands ran on, from `uname -r`.'),
		note: z.string().optional(),
	})
	.strict();

/** The fields Needle adds to Starlight's docs schema. */
export const runbookFields = z.object({
	// Presence of `title` and `kind` is checked in the refinement below: Astro replaces the
	// message of a missing required field with a bare "Required", which names no fix.
	title: z.string().optional(),
	kind: enumField('kind', PAGE_KINDS).optional(),
	risk: enumField('risk', RISKS).optional(),
	appliesTo: appliesToSchema.optional(),
	verified: verifiedSchema.optional(),
	outcomes: z.array(z.string().min(1)).optional(),
	prerequisites: z.array(z.string().min(1)).optional(),
	minutes: z
		.number({ invalid_type_error: '`minutes` must be a whole number of minutes, such as 20.' })
		.int('`minutes` must be a whole number of minutes, such as 20.')
		.positive('`minutes` must be more than 0.')
		.optional(),
});

export type RunbookFields = z.infer<typeof runbookFields> & { kind: PageKind };

/** Adds the per-kind requirements that a flat object schema cannot express. */
export const runbookSchema = runbookFields.superRefine((page, ctx) => {
	const need = (field: keyof RunbookFields, message: string) => {
		if (page[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message });
	};

	need(
		'title',
		'Every page needs a `title`: the heading shown on the page, in the sidebar and in search, e.g. title: Sign a module.',
	);
	need(
		'kind',
		`Every page needs a \`kind\`: one of ${list(PAGE_KINDS)}. It decides which other fields the page needs.`,
	);

	if (page.kind === 'procedure') {
		need('risk', `A procedure needs \`risk\`: one of ${list(RISKS)}, judged by its most dangerous step.`);
		need(
			'appliesTo',
			'A procedure needs `appliesTo`, for example: appliesTo: { families: [debian, rhel], kernel: { from: "4.4" } }.',
		);
	} else if (page.risk !== undefined) {
		ctx.addIssue({
			code: 'custom',
			path: ['risk'],
			message: `\`risk\` belongs on procedures only; this page is a ${page.kind}. Remove it or set kind: procedure.`,
		});
	}

	if (page.kind === 'lesson') {
		need('outcomes', 'A lesson needs `outcomes`: a list of what the reader can do afterwards.');
		need('prerequisites', 'A lesson needs `prerequisites`: a list (it may be empty: []).');
		need('minutes', 'A lesson needs `minutes`: about how long it takes, such as 20.');
		if (page.outcomes?.length === 0) {
			ctx.addIssue({ code: 'custom', path: ['outcomes'], message: 'A lesson needs at least one outcome.' });
		}
	}
});
