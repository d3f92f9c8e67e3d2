/**
 * The one way to silence a ShellCheck finding on a runbook page: a `shellcheck-disable`
 * attribute on the code fence that names the codes and says why.
 *
 *     ```sh title="Load every listed module" shellcheck-disable="SC2046: the list is meant to split into words"
 *
 * The reason is required because a reader who copies the block deserves to know why the
 * warning does not apply. A directive inside the block (`# shellcheck disable=…`) is refused:
 * it would be copied into the reader's terminal and it carries no reason the checks can demand.
 */
import type { CodeBlock } from '~/lib/code-blocks';

/** The meta attribute that carries an exception. */
export const EXCEPTION_ATTRIBUTE = 'shellcheck-disable';

/** The codes a block may break, and why. */
export interface ShellcheckException {
	/** ShellCheck codes without the `SC` prefix, as numbers (`2086`). */
	codes: number[];
	reason: string;
}

/** Why an exception or a block cannot be accepted, with the line to report it on. */
export interface ExceptionError {
	line: number;
	message: string;
}

const CODE = /^SC(\d{4})$/;
const MIN_REASON_LENGTH = 10;
const INLINE_DIRECTIVE = /#\s*shellcheck\s+(disable|enable|source|shell)=/;

/**
 * Reads a block's exception from its meta. Returns `undefined` when the block has none.
 *
 * @throws never; a malformed exception comes back as `{ error }` so every page gets reported.
 */
export function readException(block: CodeBlock): {
	exception?: ShellcheckException;
	error?: ExceptionError;
} {
	const value = block.meta[EXCEPTION_ATTRIBUTE];
	if (value === undefined) return {};

	const fail = (message: string) => ({ error: { line: block.line, message } });
	const colon = value.indexOf(':');
	if (colon < 0) {
		return fail(
			`${EXCEPTION_ATTRIBUTE}="${value}" gives no reason. Write it as ` +
				`${EXCEPTION_ATTRIBUTE}="SC2086: why this warning does not apply here".`,
		);
	}

	const names = value
		.slice(0, colon)
		.split(',')
		.map((name) => name.trim());
	const reason = value.slice(colon + 1).trim();
	const bad = names.filter((name) => !CODE.test(name));
	if (names.length === 0 || bad.length > 0) {
		return fail(`${EXCEPTION_ATTRIBUTE} names "${bad.join(', ')}", which is not a ShellCheck code such as SC2086.`);
	}
	if (reason.length < MIN_REASON_LENGTH) {
		return fail(
			`${EXCEPTION_ATTRIBUTE} for ${names.join(', ')} has no real reason ("${reason}"). ` +
				'Say in a sentence why the warning does not apply to this command.',
		);
	}
	return {
		exception: {
			codes: names.map((name) => Number(CODE.exec(name)?.[1])),
			reason,
		},
	};
}

/** Finds ShellCheck directives written inside a block, which the checks do not accept. */
export function findInlineDirectives(block: CodeBlock): ExceptionError[] {
	return block.code.split('\n').flatMap((text, index) =>
		INLINE_DIRECTIVE.test(text)
			? [
					{
						line: block.line + 1 + index,
						message:
							'a "# shellcheck" directive inside the block would be copied into the reader\'s ' +
							`terminal. Remove it and put ${EXCEPTION_ATTRIBUTE}="SCxxxx: reason" on the fence instead.`,
					},
				]
			: [],
	);
}
