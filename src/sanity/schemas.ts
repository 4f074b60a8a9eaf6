/**
 * zod schemas of the query results: the site's boundary. Required fields make a document
 * unrenderable when invalid; every other field has a fallback (see `validate.ts`).
 */
import { z } from 'astro/zod';
import { POST_KINDS } from '../consts.ts';
import { isValidDate } from '../lib/dates.ts';
import { SLUG_PATTERN } from '../lib/slugify.ts';
import { contentMessages as m } from './messages.ts';

// Validation messages in Norwegian, like the rest of the content report.
z.config(z.locales.no());

const text = z.string().trim().min(1);
const optionalText = z.string().nullish();
/** An optional array: a missing one is an empty list, not a fault. */
const listOf = <T extends z.ZodType>(item: T) =>
	z
		.array(item)
		.nullish()
		.transform((v) => v ?? []);

export const assetSchema = z.object({
	_id: z.string(),
	url: z.string(),
	mimeType: optionalText,
	size: z.number().nonnegative().nullish(),
	extension: optionalText,
	originalFilename: optionalText,
	width: z.number().int().positive().nullish(),
	height: z.number().int().positive().nullish(),
	lqip: optionalText,
});

export const imageAssetSchema = assetSchema.extend({
	width: z.number().int().positive(),
	height: z.number().int().positive(),
});

const rect = { _type: z.string().optional() };
export const figureSchema = z.object({
	_key: z.string().optional(),
	_type: z.string().nullish(),
	alt: optionalText,
	caption: optionalText,
	credit: optionalText,
	decorative: z.boolean().nullish(),
	crop: z
		.object({ ...rect, top: z.number(), bottom: z.number(), left: z.number(), right: z.number() })
		.nullish(),
	hotspot: z
		.object({ ...rect, x: z.number(), y: z.number(), width: z.number(), height: z.number() })
		.nullish(),
	asset: imageAssetSchema,
});

export const attachmentSchema = z.object({
	_key: z.string(),
	_type: z.literal('attachment'),
	title: text,
	description: optionalText,
	file: assetSchema,
});

const BODY_OBJECTS: Record<string, z.ZodType> = {
	figure: figureSchema,
	attachment: attachmentSchema,
};

/** Portable text: figures and attachments are checked in full (a broken one is left out); the
 * renderer handles other blocks and unknown types. */
export const portableTextItemSchema = z
	.looseObject({ _type: z.string(), _key: z.string().optional() })
	.check((ctx) => {
		const schema = BODY_OBJECTS[ctx.value._type];
		const result = schema?.safeParse(ctx.value);
		for (const issue of result?.error?.issues ?? [])
			ctx.issues.push({ ...issue, input: ctx.value } as (typeof ctx.issues)[number]);
	});

export const topicRefSchema = z.object({
	_id: z.string(),
	title: text,
	slug: z.string().regex(SLUG_PATTERN),
});
export const municipalityRefSchema = z.object({
	_id: z.string(),
	name: text,
	slug: z.string().regex(SLUG_PATTERN),
	number: z.string(),
});
export const personSchema = z.object({
	_id: z.string(),
	name: text,
	role: optionalText,
	email: z.email().nullish(),
	phone: optionalText,
});

export const postSchema = z.object({
	_id: text,
	_type: z.literal('post'),
	title: text,
	slug: z.string().regex(SLUG_PATTERN, m.badSlug),
	publishedAt: z.string().refine(isValidDate, m.badDate),
	kind: z.enum(POST_KINDS),
	excerpt: optionalText,
	mainImage: figureSchema.nullish(),
	body: listOf(portableTextItemSchema),
	topics: listOf(topicRefSchema),
	municipalities: listOf(municipalityRefSchema),
	contact: personSchema.nullish(),
	deadline: z.iso.date().nullish(),
	seo: z
		.object({ title: optionalText, description: optionalText, image: figureSchema.nullish() })
		.nullish(),
});

/** Fields without which a post cannot be rendered at all. */
export const POST_REQUIRED = ['_id', '_type', 'title', 'slug', 'publishedAt'] as const;
/** Fallbacks for every other post field that fails validation. */
export const POST_FALLBACKS = {
	kind: 'news',
	excerpt: null,
	mainImage: null,
	body: [],
	topics: [],
	municipalities: [],
	contact: null,
	deadline: null,
	seo: null,
};

export const topicSchema = z.object({
	_id: text,
	title: text,
	slug: z.string().regex(SLUG_PATTERN),
	description: optionalText,
});
export const TOPIC_REQUIRED = ['_id', 'title', 'slug'] as const;

export const siteSettingsSchema = z.object({
	title: text,
	description: optionalText,
	organisation: optionalText,
	url: z.url({ protocol: /^https?$/ }).nullish(),
	facebookUrl: z.url({ protocol: /^https$/ }).nullish(),
	newsletterSignupUrl: z.url({ protocol: /^https?$/ }).nullish(),
	defaultCredit: optionalText,
	defaultImage: figureSchema.nullish(),
	accessibility: z
		.object({
			conformance: optionalText,
			knownLimitations: optionalText,
			feedbackEmail: z.email().nullish(),
		})
		.nullish(),
});
/** Fallbacks for every site-settings field that is missing or fails validation. */
export const SITE_SETTINGS_FALLBACKS = {
	title: 'KS Trøndelag – nyheter',
	description: null,
	organisation: null,
	url: null,
	facebookUrl: null,
	newsletterSignupUrl: null,
	defaultCredit: null,
	defaultImage: null,
	accessibility: null,
};
const webUrl = z.url({ protocol: /^https?$/ }).nullish();

export const eventSchema = z.object({
	_id: text,
	_type: z.literal('event'),
	title: text,
	slug: z.string().regex(SLUG_PATTERN, m.badSlug),
	start: z.string().refine(isValidDate, m.badDate),
	end: z.string().refine(isValidDate, m.badDate).nullish(),
	allDay: z.boolean().nullish(),
	location: z.object({ name: optionalText, address: optionalText }).nullish(),
	onlineUrl: webUrl,
	description: listOf(portableTextItemSchema),
	registrationUrl: webUrl,
	registrationDeadline: z.iso.date().nullish(),
	relatedPosts: listOf(z.string()),
	topics: listOf(topicRefSchema),
	municipalities: listOf(municipalityRefSchema),
	allMunicipalities: z.boolean().nullish(),
});
/** Fields without which an event cannot be shown (no page, no calendar entry). */
export const EVENT_REQUIRED = ['_id', '_type', 'title', 'slug', 'start'] as const;
/** Fallbacks for every other event field that fails validation. */
export const EVENT_FALLBACKS = {
	end: null,
	allDay: false,
	location: null,
	onlineUrl: null,
	description: [],
	registrationUrl: null,
	registrationDeadline: null,
	relatedPosts: [],
	topics: [],
	municipalities: [],
	allMunicipalities: false,
};

/** The photo credit when neither the figure nor the settings name one (docs/architecture.md: stored "KS", shown "Foto: KS"). */
export const DEFAULT_CREDIT = 'KS';

export type Asset = z.infer<typeof assetSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;
export type PostData = z.infer<typeof postSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type TopicRef = z.infer<typeof topicRefSchema>;
export type Person = z.infer<typeof personSchema>;
export type SiteSettings = z.infer<typeof siteSettingsSchema>;
export type EventData = z.infer<typeof eventSchema>;
