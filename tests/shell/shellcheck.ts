/**
 * Runs ShellCheck on one runbook code block and reports each finding at its line in the MDX
 * file, so that a writer can jump straight to it.
 */
import { spawnSync } from 'node:child_process';
import type { CodeBlock } from '~/lib/code-blocks';
import { fillPlaceholders, PLACEHOLDERS } from '~/lib/placeholders';
import { findInlineDirectives, readException, type ExceptionError } from './exceptions';

/** One problem found in a block, at a line of the MDX file. */
export interface Finding {
	file: string;
	line: number;
	/** `SC2086`, or `exception` for a malformed exception, or `shellcheck` when it did not run. */
	code: string;
	message: string;
}

interface ShellcheckComment {
	line: number;
	code: number;
	level: string;
	message: string;
}

/** The example value of every registered placeholder, which is what the block is checked with. */
export const EXAMPLE_VALUES: Record<string, string> = Object.fromEntries(
	Object.entries(PLACEHOLDERS).map(([name, placeholder]) => [name, placeholder.example]),
);

/** Which shell dialect a block is checked as: `sh` only when it says so with `shell="sh"`. */
export function dialectOf(block: CodeBlock): 'bash' | 'sh' {
	return block.meta['shell'] === 'sh' ? 'sh' : 'bash';
}

function runShellcheck(script: string, dialect: string, exclude: number[]): ShellcheckComment[] | Error {
	const args = ['-s', dialect, '-f', 'json1'];
	if (exclude.length > 0) args.push('-e', exclude.map((code) => `SC${code}`).join(','));
	const result = spawnSync('shellcheck', [...args, '-'], {
		input: script,
		encoding: 'utf8',
	});
	if (result.error) {
		return new Error(`could not run shellcheck (${result.error.message}). Install it: sudo apt-get install shellcheck`);
	}
	try {
		return (JSON.parse(result.stdout) as { comments: ShellcheckComment[] }).comments;
	} catch {
		return new Error(`shellcheck gave no report (exit ${result.status}): ${result.stderr.trim()}`);
	}
}

/**
 * Checks one shell block: fills its placeholders with their examples, honours a well-formed
 * exception, and returns every finding. An empty list means the block passed.
 */
export function checkBlock(block: CodeBlock): Finding[] {
	const at = (error: ExceptionError): Finding => ({
		file: block.file,
		code: 'exception',
		...error,
	});
	const { exception, error } = readException(block);
	const findings = findInlineDirectives(block).map(at);
	if (error) findings.push(at(error));

	const script = fillPlaceholders(block.code, EXAMPLE_VALUES);
	const comments = runShellcheck(script, dialectOf(block), exception?.codes ?? []);
	if (comments instanceof Error) {
		return [
			...findings,
			{
				file: block.file,
				line: block.line,
				code: 'shellcheck',
				message: comments.message,
			},
		];
	}
	for (const comment of comments) {
		findings.push({
			file: block.file,
			line: block.line + comment.line,
			code: `SC${comment.code}`,
			message: `${comment.message} (${comment.level})`,
		});
	}
	return findings;
}
