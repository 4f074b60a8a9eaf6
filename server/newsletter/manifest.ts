/**
 * The build's list of e-mail editions (`reports/newsletter.json`, written beside dist/ by the
 * site build, never inside it): every post that has an e-mail edition in the build, whether it is
 * marked «Send som nyhetsbrev» and for which audiences, and the audiences' definitions. It holds
 * no subscriber address; the sender reads the editions themselves from the live build.
 */
import { readFile, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { ROLE_VALUES, type Role } from '../../src/lib/roles.ts';

export const MANIFEST_FILE = 'newsletter.json';

export const audienceSchema = z.object({
	_id: z.string(),
	slug: z.string(),
	title: z.string(),
	roles: z.array(z.enum(ROLE_VALUES as [Role, ...Role[]])),
	/** Kommunenummer ('50' is the county); ignored when allMunicipalities. */
	municipalities: z.array(z.string()),
	allMunicipalities: z.boolean(),
	/** Topic slugs; a subscriber must follow one of them when any are given. */
	topics: z.array(z.string()),
});
export type Audience = z.infer<typeof audienceSchema>;

const contactSchema = z.object({ name: z.string(), email: z.string() });
export const manifestPostSchema = z.object({
	_id: z.string(),
	slug: z.string(),
	title: z.string(),
	url: z.string(),
	/** ISO instant: the publish hook sends only recent posts (NEWSLETTER_MAX_AGE_DAYS). */
	publishedAt: z.string(),
	/** «Send som nyhetsbrev». */
	send: z.boolean(),
	/** Audience slugs («Mottakere»). */
	audiences: z.array(z.string()),
	subject: z.string().nullable(),
	replyTo: contactSchema.nullable(),
	/** The edition's files, relative to the build folder. */
	html: z.string(),
	text: z.string(),
	/** The post's attachments: site path (relative to the build folder) and title. */
	attachments: z.array(z.object({ title: z.string(), path: z.string(), filename: z.string() })),
});
export type ManifestPost = z.infer<typeof manifestPostSchema>;

export const manifestSchema = z.object({
	version: z.literal(1),
	/** The build folder it was written for (BUILD_OUT_DIR), to match it with the live build. */
	outDir: z.string(),
	siteUrl: z.string(),
	/** The short sender name from settings («KS Trøndelag»). */
	senderName: z.string(),
	/** The placeholder the editions carry where the reader's own unsubscribe link goes. */
	unsubscribePlaceholder: z.string(),
	audiences: z.array(audienceSchema),
	posts: z.array(manifestPostSchema),
});
export type Manifest = z.infer<typeof manifestSchema>;

export type LoadedManifest = Manifest & { dist: string };

/** Reads `reports/newsletter.json` of `root` and checks it belongs to the live `dist`. */
export async function loadManifest(
	root: string,
): Promise<{ ok: true; manifest: LoadedManifest } | { ok: false; reason: 'missing' | 'stale' }> {
	const file = join(root, 'reports', MANIFEST_FILE);
	const text = await readFile(file, 'utf8').catch(() => null);
	if (text === null) return { ok: false, reason: 'missing' };
	const manifest = manifestSchema.parse(JSON.parse(text));
	const dist = await realpath(join(root, 'dist')).catch(() => null);
	const built = await realpath(manifest.outDir).catch(() => null);
	if (!dist || dist !== built) return { ok: false, reason: 'stale' };
	return { ok: true, manifest: { ...manifest, dist } };
}
