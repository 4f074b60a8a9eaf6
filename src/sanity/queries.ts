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

/** A portable-text item: blocks as stored, figures and attachments with their assets. */
const bodyItemFields = /* groq */ `
	...,
	_type == "figure" => {_key, ${figureFields}},
	_type == "attachment" => {_key, _type, title, description, "file": file.asset->{${assetFields}}}
`;

const postFields = /* groq */ `
	_id,
	_type,
	title,
	"slug": slug.current,
	kind,
	publishedAt,
	excerpt,
	${figure('mainImage')},
	body[]{${bodyItemFields}},
	"topics": topics[]->{_id, title, "slug": slug.current},
	"municipalities": municipalities[]->{_id, name, "slug": slug.current, number},
	contact->{_id, name, role, email, phone},
	deadline,
	seo{title, description, ${figure('image')}}
`;

export const siteSettingsQuery =
	defineQuery(`*[_type == "siteSettings" && _id == "siteSettings"][0]{
	title,
	description,
	organisation,
	url,
	facebookUrl,
	newsletterSignupUrl,
	defaultCredit,
	${figure('defaultImage')},
	accessibility{conformance, knownLimitations, feedbackEmail}
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

/** Events, earliest first; related posts as bare references (the store keeps only published ones). */
export const eventsQuery = defineQuery(`*[_type == "event"] | order(start asc, _id asc) {
	_id,
	_type,
	title,
	"slug": slug.current,
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
