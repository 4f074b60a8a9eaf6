/**
 * The newsletter in the seed build (issue 28): the list of e-mail editions the sender reads
 * (reports/newsletter.json, beside dist/), the real edition personalised without a placeholder
 * left, /nyhetsbrev/ with its no-JS form, the footer link, and /personvern/ saying what is stored.
 */
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadEdition, personalise } from '../../server/newsletter/edition.ts';
import { loadManifest, type LoadedManifest } from '../../server/newsletter/manifest.ts';
import { readPage } from '../helpers/dist.ts';

const build = inject('seedBuild');
let root: string;
let manifest: LoadedManifest;

beforeAll(async () => {
	// A publish root as the server sees it: dist → the build, reports → the build's report folder.
	root = await mkdtemp(join(tmpdir(), 'ks-nl-build-'));
	await symlink(build.outDir, join(root, 'dist'));
	await symlink(build.reportDir, join(root, 'reports'));
	const loaded = await loadManifest(root);
	if (!loaded.ok) throw new Error(`newsletter.json: ${loaded.reason}`);
	manifest = loaded.manifest;
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('reports/newsletter.json', () => {
	test('lists the three audiences and the Debattheft post marked for the HR audience', () => {
		expect(manifest.audiences.map((a) => [a.slug, a.roles, a.allMunicipalities])).toEqual([
			['alle-abonnenter', [], true],
			['hr-personalledere-i-trondelag', ['hr-leder'], true],
			['ordforere-og-kommunedirektorer', ['ordforer', 'kommunedirektor'], true],
		]);
		const post = manifest.posts.find((p) => p.slug === 'debattheftet-2021');
		expect(post).toMatchObject({
			_id: 'post-debattheft-2021',
			send: true,
			audiences: ['hr-personalledere-i-trondelag'],
			subject: 'Debattheft 2021 – KS spør',
			replyTo: { name: 'Kari Nordvik', email: 'kari.nordvik@example.no' },
		});
		expect(post!.attachments.map((a) => a.path)).toEqual([
			expect.stringMatching(/^vedlegg\/[0-9a-f]+\/.+\.pdf$/),
			expect.stringMatching(/^vedlegg\/[0-9a-f]+\/.+\.docx$/),
		]);
		expect(manifest.posts.filter((p) => p.send).map((p) => p.slug)).toEqual(['debattheftet-2021']);
		expect(manifest.senderName).toBe('KS Trøndelag');
	});

	test('the real edition has one placeholder, and personalising it leaves no {{…}} anywhere', async () => {
		const post = manifest.posts.find((p) => p.slug === 'debattheftet-2021')!;
		const edition = (await loadEdition(manifest, post))!;
		expect(edition.html.split('{{unsubscribe_url}}')).toHaveLength(2);
		const message = personalise(edition, 'https://trondelag.example.no/avmeld/abc.def');
		for (const part of [message.html, message.text]) {
			expect(part).not.toMatch(/\{\{[^}]*\}\}/);
			expect(part).toContain('https://trondelag.example.no/avmeld/abc.def');
		}
		expect(message.html).toContain('href="https://trondelag.example.no/nyhetsbrev/"');
	});
});

describe('/nyhetsbrev/ and /personvern/', () => {
	test('the sign-up form works without JavaScript: POST to /abonner, labelled fields, required consent', async () => {
		const page = await readPage(build.outDir, '/nyhetsbrev/');
		const form = page.querySelector('form.signup-form')!;
		expect(form.getAttribute('method')).toBe('post');
		expect(form.getAttribute('action')).toBe('/abonner');
		for (const control of form.querySelectorAll('input:not([type=checkbox]), select'))
			expect(page.querySelector(`label[for="${control.id}"]`), control.id).not.toBeNull();
		expect(form.querySelector('input[name=epost]')?.getAttribute('type')).toBe('email');
		expect(form.querySelector('input[name=samtykke]')?.hasAttribute('required')).toBe(true);
		expect(
			form.querySelectorAll('select[name=kommune] option').map((o) => o.getAttribute('value')),
		).toContain('5055');
		expect(form.querySelectorAll('select[name=rolle] option').map((o) => o.text)).toContain(
			'HR-/personalleder',
		);
		expect(page.querySelectorAll('script[src]')).toHaveLength(0);
		const csp =
			page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ??
			'';
		expect(csp).toContain("form-action 'self'");
		expect(page.querySelector('section[aria-labelledby=utgaver]')?.text).toContain(
			'Debattheftet 2021',
		);
	});

	test('every page footer opens /nyhetsbrev/ for «Abonner på e-post»', async () => {
		const page = await readPage(build.outDir, '/');
		const link = page
			.querySelectorAll('footer a')
			.find((a) => a.text.trim() === 'Abonner på e-post');
		expect(link?.getAttribute('href')).toBe('/nyhetsbrev/');
	});

	test('/personvern/ says what the newsletter stores, the basis, how long, the processor from the settings, and no tracking', async () => {
		const text = (await readPage(build.outDir, '/personvern/')).querySelector('main')!.text;
		expect(text).not.toContain('Vi lagrer ingenting om deg');
		expect(text).toContain('e-postadressen din');
		expect(text).toContain('artikkel 6 nr. 1 a');
		expect(text).toContain('slettes etter sju dager');
		expect(text).toContain('Microsoft (Microsoft 365, datasenter i EU)');
		expect(text).toContain('ingen sporingspiksel');
		expect(text).toContain('få en kopi av alt vi har lagret om deg');
	});
});
