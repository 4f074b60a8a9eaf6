import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { makeTempDir, ROOT, run, STUDIO_DIR } from './helpers/run.ts';

const COMMITTED_SCHEMA = join(STUDIO_DIR, 'schema.json');
const COMMITTED_TYPES = join(ROOT, 'src/sanity/sanity.types.ts');
const STALE = 'is stale: run `npm run typegen` and commit the result';

/** The generated file names its schema source by the configured path; compare without it. */
const normalizeSource = (types: string) =>
	types.replace(/^\/\/ Source: .*schema\.json$/gm, '// Source: schema.json');

test('schema.json and src/sanity/sanity.types.ts match the schema and queries', async ({
	onTestFinished,
}) => {
	const tmp = makeTempDir('typegen');
	onTestFinished(() => rmSync(tmp, { recursive: true, force: true }));
	const schema = join(tmp, 'schema.json');
	const types = join(tmp, 'sanity.types.ts');

	// Relative: the CLI joins --path onto the Studio folder even when it is absolute.
	const extract = await run(
		'sanity',
		['schema', 'extract', '--path', relative(STUDIO_DIR, schema)],
		{
			cwd: STUDIO_DIR,
		},
	);
	expect(extract.code, extract.stderr).toBe(0);

	// sanity.cli.ts's typegen settings, redirected into the temp dir.
	const generate = await run('sanity', ['typegen', 'generate'], {
		cwd: STUDIO_DIR,
		env: {
			SANITY_TYPEGEN_SCHEMA: relative(STUDIO_DIR, schema),
			SANITY_TYPEGEN_OUT: relative(STUDIO_DIR, types),
		},
	});
	expect(generate.code, generate.stderr).toBe(0);

	expect(readFileSync(COMMITTED_SCHEMA, 'utf8'), `sanity-studio/schema.json ${STALE}`).toBe(
		readFileSync(schema, 'utf8'),
	);
	expect(
		normalizeSource(readFileSync(COMMITTED_TYPES, 'utf8')),
		`src/sanity/sanity.types.ts ${STALE}`,
	).toBe(normalizeSource(readFileSync(types, 'utf8')));
}, 300_000);
