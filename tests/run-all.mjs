#!/usr/bin/env node
// Runs every test suite of Needle in order, keeps going after a failure so one run shows
// everything that is wrong, and ends with one line that totals them: `N passed, N failed`.
//
//   node tests/run-all.mjs                 every suite
//   node tests/run-all.mjs unit e2e        only the suites named (see SUITES below)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const OUT = 'tests/.output';

/**
 * Each suite: the command, how its results are counted, and whether it needs the built site.
 * `count` is 'exit' (one check, passed when the command exits 0), 'line' (the command's last
 * `N passed, N failed` line), or a function reading the runner's JSON report.
 */
const SUITES = [
	{ name: 'types', command: ['npx', 'astro', 'check', '--minimumSeverity', 'warning'], count: 'exit' },
	{ name: 'lint', command: ['npx', 'eslint', '--max-warnings', '0', '.'], count: 'exit' },
	{ name: 'format', command: ['npx', 'prettier', '--check', '.'], count: 'exit' },
	{ name: 'shell', command: ['node', 'scripts/run-ts.mjs', 'tests/shell/check.ts'], count: 'line' },
	// The lab boots Debian's kernel under QEMU and rehearses the pages' commands; it runs before
	// the unit tests, which then parse the fingerprint it took inside the guest.
	{ name: 'lab', command: ['bash', 'lab/run'], count: 'line' },
	{ name: 'lab-mutations', command: ['bash', 'lab/test-mutations'], count: 'line' },
	// Before the unit tests, which parse every output the collector saved.
	{ name: 'collector', command: ['sh', 'tests/collector/run.sh'], count: 'line' },
	{
		name: 'unit',
		command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${OUT}/vitest.json`],
		// Every page the fingerprint comparison links to must exist.
		env: { NEEDLE_LINKS_STRICT: '1' },
		count: () => vitestCounts(`${OUT}/vitest.json`),
	},
	{ name: 'build', command: ['npm', 'run', 'build'], count: 'exit' },
	{ name: 'html', command: ['node', 'tests/html/validate-dist.mjs'], count: 'line', needsBuild: true },
	{
		name: 'e2e',
		command: ['npx', 'playwright', 'test'],
		env: { CI: '1' },
		count: () => playwrightCounts(`${OUT}/playwright.json`),
		needsBuild: true,
	},
	// Page budgets, layout shift and Lighthouse on the built site; prints its figures.
	{ name: 'perf', command: ['node', 'tests/perf/run.mjs'], count: 'line', needsBuild: true },
];

const SUMMARY = /(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/;

function vitestCounts(file) {
	const report = JSON.parse(readFileSync(file, 'utf8'));
	return {
		passed: report.numPassedTests,
		failed: report.numFailedTests,
		skipped: report.numPendingTests + report.numTodoTests,
	};
}

function playwrightCounts(file) {
	const { stats } = JSON.parse(readFileSync(file, 'utf8'));
	return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

function lineCounts(output) {
	const match = output
		.trimEnd()
		.split('\n')
		.reverse()
		.map((line) => SUMMARY.exec(line))
		.find(Boolean);
	if (!match) return undefined;
	return { passed: Number(match[1]), failed: Number(match[2]), skipped: Number(match[3] ?? 0) };
}

/** Runs one suite, echoing its output, and turns its result into counts. */
function runSuite(suite) {
	console.log(`\n=== ${suite.name}: ${suite.command.join(' ')}`);
	const result = spawnSync(suite.command[0], suite.command.slice(1), {
		env: { ...process.env, ...suite.env },
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	process.stdout.write(result.stdout ?? '');
	process.stderr.write(result.stderr ?? '');
	const ok = result.status === 0;

	let counts;
	try {
		if (suite.count === 'line') counts = lineCounts(result.stdout ?? '');
		else if (typeof suite.count === 'function') counts = suite.count();
	} catch {
		counts = undefined; // The runner died before writing its report; counted below.
	}
	if (suite.count === 'exit' || !counts) counts = { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
	// A runner that exits non-zero without counting a failure still failed.
	if (!ok && counts.failed === 0) counts.failed = 1;
	return counts;
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !SUITES.some((suite) => suite.name === name));
if (unknown.length > 0) {
	console.error(`Unknown suite(s): ${unknown.join(', ')}. Known: ${SUITES.map((suite) => suite.name).join(', ')}.`);
	process.exit(2);
}

mkdirSync(OUT, { recursive: true });
for (const report of ['vitest.json', 'playwright.json']) rmSync(`${OUT}/${report}`, { force: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
let built = existsSync('dist/index.html') && !wanted.includes('build') && wanted.length > 0;
for (const suite of SUITES.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
	if (suite.needsBuild && !built) {
		lines.push(`${suite.name}: not run, the site did not build`);
		totals.failed += 1;
		continue;
	}
	const started = Date.now();
	const counts = runSuite(suite);
	const seconds = Math.round((Date.now() - started) / 1000);
	if (suite.name === 'build') built = counts.failed === 0;
	for (const key of Object.keys(totals)) totals[key] += counts[key];
	const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
	lines.push(`${suite.name}: ${counts.passed} passed, ${counts.failed} failed${skipped} (${seconds} s)`);
}

console.log('\n=== summary');
for (const line of lines) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exitCode = totals.failed > 0 ? 1 : 0;
