/**
 * The seed export with what the identity checks need, written to a temp folder: settings values
 * that differ from the seed (so the footer test proves they come from the settings), a lead-story
 * pin to the scheduled post (ignored and reported), a deadline 12 days after IDENTITY_NOW, an
 * internal link to a draft-only post, and a post concerning ten municipalities.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SEED } from './dataset.ts';

/** The pinned build clock of the identity build: 30 November 2026, 10:00 in Oslo. */
export const IDENTITY_NOW = '2026-11-30T09:00:00Z';

/** Settings the footer, titles and statement must show. */
export const IDENTITY_SETTINGS = {
	shortName: 'KS Trøndelag Test',
	contact: {
		address: 'KS Trøndelag\nProvegata 7\n7011 Trondheim',
		email: 'kontor@example.no',
		phone: '+4740000009',
	},
	responsibleEditor: 'Rita Redaktørsen',
	mainSiteUrl: 'https://www.ks.no/',
	facebookUrl: 'https://www.facebook.com/provesiden',
	leadStory: {
		post: { _type: 'reference', _ref: 'post-planlagt-2099', _weak: true },
		until: '2027-01-01T00:00:00Z',
	},
};
export const STATEMENT_URL = 'https://uustatus.no/nb/erklaringer/publisert/proveerklaering';

type Doc = Record<string, unknown> & { _id: string };
const muni = (number: string, i: number) => ({
	_type: 'reference',
	_ref: `municipality-${number}`,
	_key: `m${i}`,
});

function change(doc: Doc): Doc {
	switch (doc._id) {
		case 'siteSettings':
			return {
				...doc,
				...IDENTITY_SETTINGS,
				accessibility: {
					...(doc.accessibility as object),
					statementUrl: STATEMENT_URL,
				},
			};
		case 'post-folkevalgtprogrammet-2023':
			return { ...doc, deadline: '2026-12-12' };
		case 'post-strategikonferansen-2021':
			// The link to the Debattheft post now points at a post that exists only as a draft.
			return JSON.parse(
				JSON.stringify(doc).replace('"_ref":"post-debattheft-2021"', '"_ref":"post-hostmote-2026"'),
			) as Doc;
		case 'post-samskaping-2024': {
			const numbers = [
				'5001',
				'5006',
				'5007',
				'5014',
				'5020',
				'5021',
				'5022',
				'5025',
				'5026',
				'5027',
			];
			return { ...doc, municipalities: numbers.map(muni) };
		}
		default:
			return doc;
	}
}

/** Copies the seed to `dir` with the changes above; returns the folder. */
export async function writeIdentityExport(dir: string): Promise<string> {
	await cp(SEED, dir, { recursive: true });
	const file = join(dir, 'data.ndjson');
	const lines = (await readFile(file, 'utf8')).split('\n').filter(Boolean);
	const changed = lines.map((line) => JSON.stringify(change(JSON.parse(line) as Doc)));
	await writeFile(file, `${changed.join('\n')}\n`);
	return dir;
}
