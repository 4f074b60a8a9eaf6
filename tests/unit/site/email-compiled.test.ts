/**
 * E-mails are compiled once per frame and filled per e-mail (src/site/email/compiled.ts): every
 * e-mail edition of the seed's posts and every monthly digest is the same, byte for byte, as when
 * MJML compiles the whole e-mail, and still valid for the e-mail clients.
 */
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { buildStore, type Store } from '../../../src/content/store.ts';
import { createLocalSource } from '../../../src/sanity/local-source.ts';
import { ContentReport } from '../../../src/report/report.ts';
import { inlineSection } from '../../../src/site/email/compiled.ts';
import type { EmailContext, EmailEdition } from '../../../src/site/email/post-email.ts';
import { emailClientErrors } from '../../helpers/email.ts';
import { readSeed } from '../../helpers/dataset.ts';

const NOW = new Date('2026-11-30T12:00:00Z');
const MODULES = '../../../src/site/email/';
type Editions = { posts: Map<string, EmailEdition>; digests: Map<string, EmailEdition> };
let store: Store;
let ctx: EmailContext;

/** Every post's edition and a digest for every month with posts, with the modules as loaded now. */
async function editions(): Promise<Editions> {
	const { buildPostEmail } = await import(`${MODULES}post-email.ts`);
	const { buildDigestEmail, monthPeriod } = await import(`${MODULES}digest-email.ts`);
	const posts = new Map<string, EmailEdition>();
	for (const post of store.posts) posts.set(post.slug, await buildPostEmail(post, ctx));
	const digests = new Map<string, EmailEdition>();
	for (const month of new Set(store.posts.map((p) => p.publishedAt.slice(0, 7))))
		digests.set(
			month,
			await buildDigestEmail(monthPeriod(month), { posts: store.posts, events: store.events }, ctx),
		);
	return { posts, digests };
}

let compiled: Editions;
let frames: number;
let whole: Editions;

beforeAll(async () => {
	const { seed } = await readSeed();
	store = await buildStore(createLocalSource(seed), { now: NOW, report: new ContentReport() });
	ctx = { settings: store.settings, now: NOW, unsubscribe: '*|UNSUB|*' };
	compiled = await editions();
	frames = (await import(`${MODULES}email-shell.ts`)).compiledFrames();
	vi.resetModules();
	vi.doMock(`${MODULES}email-shell.ts`, async (original) => {
		const shell = (await original()) as typeof import('../../../src/site/email/email-shell.ts');
		return { ...shell, renderEmail: shell.renderEmailWhole };
	});
	whole = await editions();
	vi.doUnmock(`${MODULES}email-shell.ts`);
}, 300_000);

describe('e-mails compiled once per frame', () => {
	test('every post edition of the seed is the same, byte for byte, as MJML over the whole e-mail', () => {
		expect(compiled.posts.size).toBeGreaterThanOrEqual(14);
		for (const [slug, edition] of whole.posts) {
			expect(compiled.posts.get(slug)!.html, slug).toBe(edition.html);
			expect(compiled.posts.get(slug)!.text, slug).toBe(edition.text);
		}
	});

	test('every monthly digest is the same too', () => {
		expect(compiled.digests.size).toBeGreaterThan(3);
		for (const [month, digest] of whole.digests)
			expect(compiled.digests.get(month)!.html, month).toBe(digest.html);
	});

	test('the filled e-mails are still valid for the e-mail clients and carry no slot', () => {
		for (const [slug, edition] of compiled.posts) {
			expect(emailClientErrors(edition.html), slug).toEqual([]);
			expect(edition.html, slug).not.toMatch(/kssporslot/);
		}
	});

	test('the frames are compiled once: a handful for every edition and digest', () => {
		expect(frames).toBeGreaterThan(0);
		expect(frames).toBeLessThanOrEqual(6);
	});

	// `.email-text p` outweighs `.email-caption` (CSS specificity), in the frame as in the section.
	test("a section gets the inline CSS of the classes it sits in, not its neighbours'", () => {
		const html = '<div class="email-box"><p>Frist</p></div><p class="email-caption">Foto</p>';
		expect(inlineSection(html, ['email-card', 'email-text'])).toBe(
			'<div class="email-box" style="background-color: #fff3dc; border-left: 6px solid #9a4b00; padding: 12px 16px; margin: 0 0 20px; color: #1c1f23;"><p style="margin: 0;">Frist</p></div><p class="email-caption" style="color: #444c55; font-size: 14px; line-height: 1.4; margin: 0 0 16px;">Foto</p>',
		);
		expect(
			inlineSection('<p class="email-caption">Foto</p>', ['email-card', 'email-text email-flush']),
		).toMatch(/padding: 0 24px/);
	});
});
