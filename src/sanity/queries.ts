/** All GROQ text of the site. Each query is named by what it returns (TypeGen: xQuery → XQueryResult). */
import { defineQuery } from 'groq';

const assetFields = /* groq */ `
	_id,
	url,
	mimeType,
	size,
	extension,
	originalFilename,
	"width": metadata.dimensions.width,
	"height": metadata.dimensions.height,
	"lqip": metadata.lqip
`;

const figureFields = /* groq */ `
	_type,
	alt,
	caption,
	credit,
	decorative,
	crop,
	hotspot,
	"asset": asset->{${assetFields}}
`;

/** A figure field, or null when no image was chosen (a Studio figure can hold just a default credit). */
const figure = (field: string) =>
	/* groq */ `"${field}": select(defined(${field}.asset) => ${field}{${figureFields}})`;

/**
 * An internal link's target, for the store to check against what this build publishes (a draft
 * or a deleted target dereferences to null, a scheduled one has a future publishedAt).
 */
const internalLinkTarget = /* groq */ `_type == "internalLink" => {
	"target": reference->{_id, _type, "slug": slug.current, publishedAt}
}`;

/** A portable-text item: blocks (with their internal-link targets), figures and attachments with their assets. */
const bodyItemFields = /* groq */ `
	...,
	_type == "figure" => {_key, ${figureFields}},
	_type == "attachment" => {_key, _type, title, description, "file": file.asset->{${assetFields}}},
	_type == "block" && defined(markDefs) => {"markDefs": markDefs[]{..., ${internalLinkTarget}}}
`;

const postFields = /* groq */ `
	_id,
	_type,
	_updatedAt,
	title,
	"slug": slug.current,
	kind,
	language,
	publishedAt,
	excerpt,
	${figure('mainImage')},
	body[]{${bodyItemFields}},
	"topics": topics[]->{_id, title, "slug": slug.current},
	allMunicipalities,
	"municipalities": municipalities[]->{_id, name, "slug": slug.current, number},
	contact->{_id, name, role, email, phone, ${figure('image')}},
	deadline,
	signature,
	seo{title, description, ${figure('image')}},
	facebook{share, message},
	newsletter{send, subject, preheader, "audiences": audiences[]->slug.current}
`;

export const siteSettingsQuery =
	defineQuery(`*[_type == "siteSettings" && _id == "siteSettings"][0]{
	title,
	shortName,
	description,
	organisation,
	url,
	mainSiteUrl,
	facebookUrl,
	newsletter{senderName, smtpProvider},
	contact{address, email, phone},
	responsibleEditor,
	"logo": select(defined(logo.asset) => logo{alt, crop, hotspot, "asset": asset->{${assetFields}}}),
	defaultCredit,
	${figure('defaultImage')},
	accessibility{conformance, knownLimitations, feedbackEmail, statementUrl},
	language,
	plainLanguage{bodyLix, excerptLix, extraWords[]{word, alternative, language}},
	"leadStory": leadStory{"post": post._ref, until}
}`);

/** The canonical site URL from the settings, read before the build to configure Astro's `site`. */
export const siteUrlQuery = defineQuery(
	`*[_type == "siteSettings" && _id == "siteSettings"][0].url`,
);

export const postsQuery = defineQuery(
	`*[_type == "post"] | order(publishedAt desc, _id asc) {${postFields}}`,
);

export const topicsQuery =
	defineQuery(`*[_type == "topic"] | order(coalesce(order, 1000) asc, title asc) {
	_id,
	title,
	"slug": slug.current,
	description
}`);

/** Every municipality and the county, for /kommuner/ and the municipality feeds. */
export const municipalitiesQuery = defineQuery(`*[_type == "municipality"] | order(name asc) {
	_id,
	name,
	"slug": slug.current,
	number,
	kind
}`);

/**
 * Newsletter audiences (roles × municipalities × topics) for the build's list of e-mail editions
 * (reports/newsletter.json); no subscriber is ever in the dataset.
 */
export const audiencesQuery = defineQuery(`*[_type == "audience"] | order(title asc) {
	_id,
	title,
	"slug": slug.current,
	roles,
	allMunicipalities,
	"municipalities": municipalities[]->number,
	"topics": topics[]->slug.current
}`);

/** Events, earliest first; related posts as bare references (the store keeps only published ones). */
export const eventsQuery = defineQuery(`*[_type == "event"] | order(start asc, _id asc) {
	_id,
	_type,
	title,
	"slug": slug.current,
	language,
	start,
	end,
	allDay,
	location{name, address},
	onlineUrl,
	description[]{${bodyItemFields}},
	registrationUrl,
	registrationDeadline,
	"relatedPosts": relatedPosts[]._ref,
	"topics": topics[]->{_id, title, "slug": slug.current},
	"municipalities": municipalities[]->{_id, name, "slug": slug.current, number},
	allMunicipalities
}`);

/**
 * The revision of each document a publish named (api-source.ts checks it against the webhook's
 * `_rev`). Not a defineQuery: it is the source's own check, not content, and has no TypeGen type.
 */
export const revisionsQuery = /* groq */ `*[_id in $ids]{_id, _rev}`;
