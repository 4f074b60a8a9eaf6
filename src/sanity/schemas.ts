/**
 * zod schemas of the query results: the site's boundary. Required fields make a document
 * unrenderable when invalid; every other field has a fallback (see `validate.ts`).
 */
import { z } from 'astro/zod';
import { POST_KINDS } from '../consts.ts';
import { isValidDate } from '../lib/dates.ts';
import { SLUG_PATTERN } from '../lib/slugify.ts';
import { contentMessages as m } from '../report/messages.ts';
import {
	languageSchema as language,
	listOf,
	optionalText,
	plainLanguageSettingsSchema,
	slug,
	text,
} from './schema-fields.ts';

// Validation messages in Norwegian, like the rest of the content report.
z.config(z.locales.no());

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
	slug,
});
export const municipalityRefSchema = z.object({
	_id: z.string(),
	name: text,
	slug,
	number: z.string(),
});
export const personSchema = z.object({
	_id: z.string(),
	name: text,
	role: optionalText,
	email: z.email().nullish(),
	phone: optionalText,
	image: figureSchema.nullish(),
});

export const facebookSchema = z.object({
	share: z.boolean().nullish(),
	message: optionalText,
});

/** «E-post»: «Send som nyhetsbrev», the audiences' slugs, subject and preheader. */
export const newsletterSendSchema = z.object({
	send: z.boolean().nullish(),
	subject: optionalText,
	preheader: optionalText,
	audiences: z.array(z.string().nullable()).nullish(),
});

export const postSchema = z.object({
	_id: text,
	_type: z.literal('post'),
	/** Last edit (Sanity sets it on every document): dateModified, sitemap lastmod, feeds. */
	_updatedAt: z
		.string()
		.refine(isValidDate, { error: (issue) => m.badDateTime(issue.input) })
		.nullish(),
	title: text,
	slug,
	publishedAt: z.string().refine(isValidDate, { error: (issue) => m.badDateTime(issue.input) }),
	kind: z.enum(POST_KINDS),
	/** Bokmål or nynorsk: `lang` on the article, the e-mail edition and the feed item. */
	language,
	excerpt: optionalText,
	mainImage: figureSchema.nullish(),
	body: listOf(portableTextItemSchema),
	topics: listOf(topicRefSchema),
	/** "Gjelder alle kommuner i Trøndelag": the post counts for every municipality. */
	allMunicipalities: z
		.boolean()
		.nullish()
		.transform((v) => v ?? false),
	municipalities: listOf(municipalityRefSchema),
	contact: personSchema.nullish(),
	deadline: z.iso.date().nullish(),
	signature: optionalText,
	seo: z
		.object({ title: optionalText, description: optionalText, image: figureSchema.nullish() })
		.nullish(),
	/** «Del på Facebook» and its own text (the store decides the text once: `facebookText`). */
	facebook: facebookSchema.nullish(),
	newsletter: newsletterSendSchema.nullish(),
});

/** Fields without which a post cannot be rendered at all. */
export const POST_REQUIRED = ['_id', '_type', 'title', 'slug', 'publishedAt'] as const;
/** Fallbacks for every other post field that fails validation. */
export const POST_FALLBACKS = {
	kind: 'news',
	language: 'nb',
	excerpt: null,
	mainImage: null,
	body: [],
	topics: [],
	allMunicipalities: false,
	municipalities: [],
	_updatedAt: null,
	contact: null,
	deadline: null,
	signature: null,
	seo: null,
	facebook: null,
	newsletter: null,
};

export const topicSchema = z.object({
	_id: text,
	title: text,
	slug,
	description: optionalText,
});
export const TOPIC_REQUIRED = ['_id', 'title', 'slug'] as const;

export const MUNICIPALITY_KINDS = ['municipality', 'county'] as const;
export const municipalitySchema = z.object({
	_id: text,
	name: text,
	slug: z.string().regex(SLUG_PATTERN),
	/** Kommunenummer (four digits) or fylkesnummer (two), a string: leading zeros matter. */
	number: z
		.string()
		.regex(/^(\d{2}|\d{4})$/)
		.nullish(),
	kind: z.enum(MUNICIPALITY_KINDS),
});
export const MUNICIPALITY_REQUIRED = ['_id', 'name', 'slug'] as const;
export const MUNICIPALITY_FALLBACKS = { number: null, kind: 'municipality' };

const httpsUrl = z.url({ protocol: /^https$/ }).nullish();

/** The organisation's logo: an image of any format (SVG included) with its alt text. */
export const logoSchema = figureSchema.pick({ alt: true, crop: true, hotspot: true, asset: true });

export const siteSettingsSchema = z.object({
	title: text,
	shortName: optionalText,
	description: optionalText,
	organisation: optionalText,
	url: z.url({ protocol: /^https?$/ }).nullish(),
	mainSiteUrl: httpsUrl,
	facebookUrl: httpsUrl,
	/** The newsletter's sender name and the processor named on /personvern/. */
	newsletter: z.object({ senderName: optionalText, smtpProvider: optionalText }).nullish(),
	contact: z
		.object({ address: optionalText, email: z.email().nullish(), phone: optionalText })
		.nullish(),
	responsibleEditor: optionalText,
	logo: logoSchema.nullish(),
	defaultCredit: optionalText,
	defaultImage: figureSchema.nullish(),
	accessibility: z
		.object({
			conformance: optionalText,
			knownLimitations: optionalText,
			feedbackEmail: z.email().nullish(),
			statementUrl: httpsUrl,
		})
		.nullish(),
	language,
	plainLanguage: plainLanguageSettingsSchema,
	/** The editor's pinned lead story: a post id (resolved against published posts) and an end. */
	leadStory: z
		.object({
			post: optionalText,
			until: z
				.string()
				.refine(isValidDate, { error: (issue) => m.badDateTime(issue.input) })
				.nullish(),
		})
		.nullish(),
});
/** Fallbacks for every site-settings field that is missing or fails validation. */
export const SITE_SETTINGS_FALLBACKS = {
	title: 'KS Trøndelag – nyheter',
	shortName: null,
	description: null,
	organisation: null,
	url: null,
	mainSiteUrl: null,
	facebookUrl: null,
	newsletter: null,
	contact: null,
	responsibleEditor: null,
	logo: null,
	defaultCredit: null,
	defaultImage: null,
	accessibility: null,
	language: 'nb',
	plainLanguage: null,
	leadStory: null,
};
/** A newsletter audience (the roles list is src/lib/roles.ts; references that lead nowhere are null). */
export const audienceSchema = z.object({
	_id: text,
	title: text,
	slug,
	/** Role values of src/lib/roles.ts (the Studio offers only those; others are left out). */
	roles: z.array(z.string()).nullish(),
	allMunicipalities: z.boolean().nullish(),
	municipalities: z.array(z.string().nullable()).nullish(),
	topics: z.array(z.string().nullable()).nullish(),
});
export const AUDIENCE_REQUIRED = ['_id', 'title', 'slug'] as const;
export const AUDIENCE_FALLBACKS = {
	roles: [],
	allMunicipalities: true,
	municipalities: [],
	topics: [],
};

const webUrl = z.url({ protocol: /^https?$/ }).nullish();

export const eventSchema = z.object({
	_id: text,
	_type: z.literal('event'),
	title: text,
	slug,
	language,
	start: z.string().refine(isValidDate, { error: (issue) => m.badDateTime(issue.input) }),
	end: z
		.string()
		.refine(isValidDate, { error: (issue) => m.badDateTime(issue.input) })
		.nullish(),
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
	language: 'nb',
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
export type AudienceData = z.infer<typeof audienceSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type TopicRef = z.infer<typeof topicRefSchema>;
export type MunicipalityRef = z.infer<typeof municipalityRefSchema>;
export type Municipality = z.infer<typeof municipalitySchema>;
export type Person = z.infer<typeof personSchema>;
export type SiteSettings = z.infer<typeof siteSettingsSchema>;
export type Logo = z.infer<typeof logoSchema>;
export type EventData = z.infer<typeof eventSchema>;
