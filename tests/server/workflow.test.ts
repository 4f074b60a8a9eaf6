/**
 * .github/workflows/deploy.yml: valid against the GitHub workflow schema (@action-validator/core,
 * SchemaStore's schema checked in WASM) and the promises docs/publishing.md makes about it.
 */
import { validateWorkflow } from '@action-validator/core';
import { Cron } from 'croner';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const SOURCE = readFileSync(
	join(import.meta.dirname, '..', '..', '.github', 'workflows', 'deploy.yml'),
	'utf8',
);

type Step = {
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
};
type Workflow = {
	on: Record<string, { types?: string[] } | { cron: string }[] | null>;
	permissions: Record<string, string>;
	concurrency: { group: string; 'cancel-in-progress': boolean };
	jobs: Record<string, { needs?: string; steps: Step[] }>;
};
const workflow = parse(SOURCE) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const step = (action: string) => steps.find((s) => s.uses?.startsWith(`${action}@`));

describe('deploy.yml', () => {
	test('is valid against the GitHub workflow schema', () => {
		expect(validateWorkflow(SOURCE).errors).toEqual([]);
	});

	test('the validator does find errors (a misspelt key)', () => {
		const broken = SOURCE.replace('runs-on: ubuntu-latest', 'runs_on: ubuntu-latest');
		expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
	});

	test('runs on the Sanity dispatch, by hand, and at least every hour', () => {
		expect(workflow.on.repository_dispatch).toEqual({ types: ['sanity-publish'] });
		expect(workflow.on).toHaveProperty('workflow_dispatch');
		const cron = (workflow.on.schedule as { cron: string }[])[0]!.cron;
		const runs = new Cron(cron, { timezone: 'UTC', paused: true }).nextRuns(
			25,
			new Date('2026-01-30T00:00:00Z'),
		);
		for (let i = 1; i < runs.length; i++)
			expect(runs[i]!.getTime() - runs[i - 1]!.getTime()).toBeLessThanOrEqual(3600_000);
	});

	test('may deploy to Pages and nothing more; deployments queue instead of cancelling', () => {
		expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
		expect(workflow.concurrency['cancel-in-progress']).toBe(false);
	});

	test('builds with Node 24 and the Sanity project from repository variables', () => {
		expect(step('actions/setup-node')?.with?.['node-version']).toBe(24);
		const build = steps.find((s) => s.run === 'npm run build');
		expect(build?.env?.SANITY_PROJECT_ID).toMatch(
			/^\$\{\{ (vars|secrets)\.SANITY_PROJECT_ID \}\}$/,
		);
		expect(build?.env).toHaveProperty('SITE_URL');
	});

	test('uploads real files, not the dist symlink, and deploys after the build', () => {
		const path = step('actions/upload-pages-artifact')?.with?.path;
		expect(path).not.toBe('dist');
		expect(steps.some((s) => s.run?.includes(`cp -rL dist ${path}`))).toBe(true);
		expect(workflow.jobs.deploy?.needs).toBe('build');
		expect(step('actions/deploy-pages')).toBeDefined();
	});

	test('restores the live record of published addresses before it builds, from the same site', () => {
		const index = (match: (s: Step) => boolean) => steps.findIndex(match);
		const restore = index((s) => Boolean(s.run?.startsWith('node scripts/restore-addresses.ts')));
		expect(restore).toBeGreaterThan(-1);
		expect(restore).toBeLessThan(index((s) => s.run === 'npm run build'));
		expect(steps[restore]!.run).toContain('reports/urls.json');
		const build = steps.find((s) => s.run === 'npm run build');
		expect(steps[restore]!.env?.SITE_URL).toBe(build?.env?.SITE_URL);
	});

	test('never puts a secret on a command line', () => {
		for (const s of steps) expect(s.run ?? '').not.toMatch(/secrets\.|set -x/);
	});
});
