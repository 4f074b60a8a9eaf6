import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { makeTempDir, run, STUDIO_DIR } from './helpers/run.ts';

/** Without a project id the Studio must still build (CI has no Sanity account). */
const withoutProject = { SANITY_STUDIO_PROJECT_ID: undefined, SANITY_STUDIO_DATASET: undefined };

describe.concurrent('Sanity CLI', () => {
	test('`sanity schema validate` reports no errors or warnings', async () => {
		const result = await run('sanity', ['schema', 'validate', '--format', 'json'], {
			cwd: STUDIO_DIR,
			env: withoutProject,
		});
		expect(result.stderr).not.toMatch(/Error validating schema/);
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toEqual([]);
	}, 300_000);

	test('`npm run studio:build` builds the Studio with the Norwegian structure', async ({
		onTestFinished,
	}) => {
		const outDir = join(makeTempDir('studio-build'), 'dist');
		onTestFinished(() => rmSync(dirname(outDir), { recursive: true, force: true }));
		const result = await run('npm', ['run', 'studio:build', '--', outDir], { env: withoutProject });
		const output = result.stdout + result.stderr;
		expect(result.code, output).toBe(0);
		expect(output).toContain('SANITY_STUDIO_PROJECT_ID is not set');
		expect(existsSync(join(outDir, 'index.html'))).toBe(true);

		const bundle = readdirSync(join(outDir, 'static'))
			.filter((file) => file.endsWith('.js'))
			.map((file) => readFileSync(join(outDir, 'static', file), 'utf8'))
			.join('\n');
		for (const title of [
			'Nyheter',
			'Sommerhilsener',
			'Nyhetsbrev',
			'Tema',
			'Kommuner',
			'Personer',
			'Innstillinger',
			'Ny sommerhilsen',
			'Ny julehilsen',
			'Nytt nyhetsbrev',
		]) {
			// As a string literal: neither Sanity nor its nb-NO locale has these exact strings.
			expect(bundle, title).toMatch(new RegExp(`[\`'"]${title}[\`'"]`));
		}
		// The Presentation tool opens the live preview server through its secret-checking route.
		expect(bundle).toContain('/api/preview-mode/enable');
		// The GROQ tool is for `sanity dev`: the Studio editors use does not contain it at all
		// (the nb-NO locale's translations for it may remain; they are only strings).
		expect(bundle).not.toContain('@sanity/vision');
		expect(bundle).not.toMatch(/SanityVision/);
	}, 300_000);
});
