/**
 * A rebuild sees what was just published (issue 27, point 1): against a fake Sanity API on
 * 127.0.0.1 whose CDN host still serves the old revision and whose live host serves the new one,
 * a build triggered by a publish reads the live host, checks the webhook's `_rev`, waits and reads
 * once more when the revision is not there yet, and reports a mismatch that outlasts that in one
 * line. Only a cold build with no trigger reads the CDN.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readSourceConfig, type ApiSourceConfig } from '../../../src/config.ts';
import { createApiSource } from '../../../src/sanity/api-source.ts';
import type { SanityDocument } from '../../../src/sanity/dataset.ts';
import { ContentReport } from '../../../src/report/report.ts';
import { startFakeSanityApi, type FakeSanityApi } from '../../helpers/fake-sanity-api.ts';

const post = (rev: string, title: string): SanityDocument =>
	({ _id: 'post-1', _type: 'post', _rev: rev, title }) as SanityDocument;
const TITLE = `*[_id == "post-1"][0].title`;

let api: FakeSanityApi;
beforeEach(async () => {
	api = await startFakeSanityApi({
		documents: [post('rev-ny', 'Rettet tittel')],
		cdnDocuments: [post('rev-gammel', 'Gammel tittel')],
	});
});
afterEach(() => api.close());

/** A source as the build makes it from `env`; `onWait` runs at each pause (recorded in `waits`). */
function source(
	env: Record<string, string>,
	report = new ContentReport(),
	waits: number[] = [],
	onWait = () => {},
) {
	const config = readSourceConfig({
		SANITY_PROJECT_ID: 'abc123',
		SANITY_API_HOST: api.url,
		SANITY_API_CDN_HOST: api.cdnUrl!,
		...env,
	}) as ApiSourceConfig;
	const { mode: _, ...rest } = config;
	return createApiSource(rest, {
		report,
		wait: async (ms) => {
			waits.push(ms);
			onWait();
		},
	});
}

describe('createApiSource and the API CDN', () => {
	test('a cold build with no trigger may read the CDN (and sees the old revision)', async () => {
		expect(await source({}).fetch(TITLE)).toBe('Gammel tittel');
		expect(api.hosts).toEqual(['cdn']);
	});

	test.each([{ BUILD_TRIGGER: 'publish' }, { BUILD_TRIGGER: 'schedule' }])(
		'a triggered build (%o) reads the live API and sees the new revision',
		async (env) => {
			expect(await source(env).fetch(TITLE)).toBe('Rettet tittel');
			expect(api.hosts).toEqual(['live']);
		},
	);

	test('the webhook’s _rev is checked once before the first query; a match costs no wait', async () => {
		const report = new ContentReport();
		const waits: number[] = [];
		const s = source({ PUBLISH_REVISIONS: '{"post-1":"rev-ny"}' }, report, waits);
		expect(await s.fetch(TITLE)).toBe('Rettet tittel');
		await s.fetch(TITLE);
		expect(api.hosts).toEqual(['live', 'live', 'live']);
		expect(waits).toEqual([]);
		expect(report.lines).toEqual([]);
	});

	test('an older revision: waits, reads once more, and builds with the new one', async () => {
		api.documents = [post('rev-gammel', 'Gammel tittel')];
		const waits: number[] = [];
		const report = new ContentReport();
		// The revision arrives during the pause.
		const s = source({ PUBLISH_REVISIONS: '{"post-1":"rev-ny"}' }, report, waits, () => {
			api.documents = [post('rev-ny', 'Rettet tittel')];
		});
		expect(await s.fetch(TITLE)).toBe('Rettet tittel');
		expect(waits).toEqual([5000]);
		expect(report.lines).toEqual([]);
	});

	test('a revision still missing after the retry is reported in one line', async () => {
		api.documents = [post('rev-gammel', 'Gammel tittel')];
		const report = new ContentReport();
		const waits: number[] = [];
		const s = source({ PUBLISH_REVISIONS: '{"post-1":"rev-ny"}' }, report, waits);
		expect(await s.fetch(TITLE)).toBe('Gammel tittel');
		expect(waits).toEqual([5000]);
		expect(report.lines).toEqual([
			'[sanity] bygget leste ikke revisjonen publiseringen gjaldt: post-1 (ventet rev-ny, leste rev-gammel); nettstedet kan mangle den siste endringen til neste bygg.',
		]);
	});

	test('a deleted document (the webhook of a delete) is no mismatch', async () => {
		const report = new ContentReport();
		const waits: number[] = [];
		await source({ PUBLISH_REVISIONS: '{"slettet":"rev-9"}' }, report, waits).fetch(TITLE);
		expect(waits).toEqual([]);
		expect(report.lines).toEqual([]);
	});
});
