import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('stops the browser tests with install instructions, not a stack trace, when Chromium is missing', () => {
	const result = spawnSync('npx', ['playwright', 'test', '--list'], {
		env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
		encoding: 'utf8',
	});
	const output = `${result.stdout}${result.stderr}`;
	expect(result.status).toBe(1);
	expect(output).toContain('Chromium was not found at /nonexistent/chromium');
	expect(output).toContain('sudo bash scripts/install-system-deps.sh');
	expect(output).not.toMatch(/^\s+at /m);
});
