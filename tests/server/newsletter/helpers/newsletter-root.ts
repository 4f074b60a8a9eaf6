/**
 * A publish root for the newsletter tests: `dist` → `.builds/b1/` holding the real Debattheft
 * e-mail edition (made by the site's own renderer through `npm run email`, once per process) and
 * `reports/newsletter.json` as the build writes it, with the three seed audiences.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { manifestSchema, type Manifest } from '../../../../server/newsletter/manifest.ts';

const ROOT = resolve(import.meta.dirname, '../../../..');
export const SLUG = 'debattheftet-2021';
export const POST_ID = 'post-debattheft-2021';

export const AUDIENCES: Manifest['audiences'] = [
	{
		_id: 'audience-hr',
		slug: 'hr-og-personalledere',
		title: 'HR-/personalledere i Trøndelag',
		roles: ['hr-leder'],
		municipalities: [],
		allMunicipalities: true,
		topics: [],
	},
	{
		_id: 'audience-ledere',
		slug: 'ordforere-og-kommunedirektorer',
		title: 'Ordførere og kommunedirektører',
		roles: ['ordforer', 'kommunedirektor'],
		municipalities: [],
		allMunicipalities: true,
		topics: [],
	},
	{
		_id: 'audience-alle',
		slug: 'alle-abonnenter',
		title: 'Alle abonnenter',
		roles: [],
		municipalities: [],
		allMunicipalities: true,
		topics: [],
	},
];

let edition: Promise<{ html: string; text: string }> | undefined;
/** The real edition of the Debattheft post (rendered once per test process). */
export function debattheftEdition() {
	edition ??= (async () => {
		const out = await mkdtemp(join(tmpdir(), 'ks-nl-edition-'));
		await promisify(execFile)(process.execPath, ['scripts/email.ts', SLUG, '--out', out], {
			cwd: ROOT,
		});
		const [html, text] = await Promise.all(
			['html', 'txt'].map((ext) => readFile(join(out, `${SLUG}.${ext}`), 'utf8')),
		);
		await rm(out, { recursive: true });
		return { html: html!, text: text! };
	})();
	return edition;
}

export type NewsletterRoot = {
	root: string;
	outDir: string;
	manifest: Manifest;
	remove(): Promise<void>;
};

/** A fresh root with the edition live; `change` edits the manifest before it is written. */
export async function makeNewsletterRoot(change?: (m: Manifest) => void): Promise<NewsletterRoot> {
	const root = await mkdtemp(join(tmpdir(), 'ks-nl-'));
	const outDir = join(root, '.builds', 'b1');
	const dir = join(outDir, 'nyheter', SLUG);
	await mkdir(dir, { recursive: true });
	const { html, text } = await debattheftEdition();
	await writeFile(join(dir, 'epost.html'), html);
	await writeFile(join(dir, 'epost.txt'), text);
	await mkdir(join(outDir, 'vedlegg', SLUG), { recursive: true });
	await writeFile(
		join(outDir, 'vedlegg', SLUG, 'debattheft-2021.pdf'),
		'%PDF-1.4\n% liten prøvefil\n',
	);
	await symlink(outDir, join(root, 'dist'));
	const manifest: Manifest = {
		version: 1,
		outDir,
		siteUrl: 'https://trondelag.example.no',
		senderName: 'KS Trøndelag',
		unsubscribePlaceholder: '{{unsubscribe_url}}',
		audiences: structuredClone(AUDIENCES),
		posts: [
			{
				_id: POST_ID,
				slug: SLUG,
				title: 'Debattheftet 2021 – KS spør: Omstilling i koronaens tid',
				url: `https://trondelag.example.no/nyheter/${SLUG}/`,
				// Published now: the publish hook sends only recent posts.
				publishedAt: new Date().toISOString(),
				send: true,
				audiences: ['hr-og-personalledere'],
				subject: 'Debattheft 2021 - KS spør',
				replyTo: { name: 'Kari Nordvik', email: 'kari.nordvik@example.no' },
				html: `nyheter/${SLUG}/epost.html`,
				text: `nyheter/${SLUG}/epost.txt`,
				attachments: [
					{
						title: 'Debattheft 2021',
						path: `vedlegg/${SLUG}/debattheft-2021.pdf`,
						filename: 'Debattheft 2021.pdf',
					},
				],
			},
			{
				_id: 'post-uten-epost',
				slug: 'uten-epost',
				title: 'Sak uten e-postutgave',
				url: 'https://trondelag.example.no/nyheter/uten-epost/',
				publishedAt: new Date().toISOString(),
				send: true,
				audiences: ['alle-abonnenter'],
				subject: null,
				replyTo: null,
				html: 'nyheter/uten-epost/epost.html',
				text: 'nyheter/uten-epost/epost.txt',
				attachments: [],
			},
		],
	};
	change?.(manifest);
	await mkdir(join(root, 'reports'));
	await writeFile(
		join(root, 'reports', 'newsletter.json'),
		JSON.stringify(manifestSchema.parse(manifest)),
	);
	return { root, outDir, manifest, remove: () => rm(root, { recursive: true, force: true }) };
}

export const ROLE_LIST = join(ROOT, 'tests', 'fixtures', 'newsletter', 'role-list.csv');
export const ROLE_LIST_EXCEL = join(ROOT, 'tests', 'fixtures', 'newsletter', 'role-list-excel.csv');
