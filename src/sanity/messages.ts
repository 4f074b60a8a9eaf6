/**
 * Every user-facing build message, in Norwegian, written once. A content problem reads
 * `[sanity] post "abc" → mainImage.alt: reason` (CONVENTIONS.md item 10); the reasons are below,
 * grouped by the step that finds them. Nothing else in src/ spells out a build message.
 */

/** Formats one content message naming the document and the field. */
export function invalidFieldMessage(
	type: string,
	id: string,
	path: string,
	reason: string,
): string {
	return `[sanity] ${type} "${id}" → ${path || '(dokument)'}: ${reason}`;
}

/** Formats a message about a line of an export file. */
export function invalidLineMessage(
	file: string,
	line: number,
	reason: string,
	id?: string,
): string {
	return `[sanity] ${file}, linje ${line}${id ? ` (${id})` : ''}: ${reason}`;
}

/** Headings of the content report (src/sanity/report.ts). */
export const reportMessages = {
	heading: '[sanity] Innholdsrapport',
	clean: '[sanity] Innholdsrapport: ingen feil eller advarsler.',
	skippedHeading: 'Hoppet over – kan ikke vises',
	warningsHeading: 'Advarsler – vist med reserveverdi',
	exportHeading: 'Eksportfil',
};

/** Bad environment variables (src/config.ts). */
export const configMessages = {
	badPerspective: (value: string) =>
		`SANITY_PERSPECTIVE må være "published" eller "drafts", ikke "${value}".`,
	badProjectId: (value: string) => `SANITY_PROJECT_ID "${value}" er ugyldig (bare a–z, 0–9 og -).`,
	draftsNeedToken: () =>
		'SANITY_PERSPECTIVE=drafts krever SANITY_TOKEN (et lesetoken fra sanity.io/manage).',
	badSiteUrl: (value: string) =>
		`SITE_URL "${value}" er ikke en nettadresse (den må begynne med https:// eller http://).`,
	badNow: (value: string) =>
		`BUILD_NOW "${value}" er ikke et ISO 8601-tidspunkt (f.eks. 2026-11-30T12:00:00Z).`,
	badFlag: (name: string, value: string) => `${name} må være 1 eller 0, ikke "${value}".`,
	badUnsubscribe: (value: string) =>
		`EMAIL_UNSUBSCRIBE_PLACEHOLDER "${value}" kan ikke inneholde mellomrom, anførselstegn eller < > (f.eks. {{unsubscribe_url}} eller *|UNSUB|*).`,
};

/** Reading an export (src/sanity/dataset.ts, assets.ts). */
export const datasetMessages = {
	notFound: (path: string) =>
		`Fant ikke datasettet "${path}" (sett SANITY_LOCAL_DATASET til en eksportmappe, .tar.gz eller .ndjson).`,
	notAnExport: (path: string) =>
		`"${path}" er ikke en Sanity-eksport: fant ingen data.ndjson (mappe, .tar.gz eller .ndjson).`,
	noDocuments: (path: string, lines: string) =>
		`Datasettet "${path}" har ingen lesbare dokumenter.${lines}`,
	cannotExtract: (file: string, reason: string) => `Kan ikke pakke ut "${file}": ${reason}`,
	badJson: 'ugyldig JSON (avkortet eller ødelagt linje), hoppet over',
	noIdOrType: 'mangler _id eller _type, hoppet over',
	unknownAssetFormat: 'ukjent _sanityAsset-format, bildet/filen er utelatt',
	assetsJsonUnreadable: '[sanity] assets.json kan ikke leses, metadata beregnes fra filene',
	missingFile: (relPath: string, id: string) =>
		`[sanity] eksporten mangler filen ${relPath} (${id}); referanser til den utelates`,
};

/** Validation and fallbacks (src/sanity/validate.ts, schemas.ts, src/content/). */
export const contentMessages = {
	missing: 'mangler',
	deadAsset: 'mangler bilde/fil (død referanse)',
	leftOut: (reason: string) => `${reason}; utelatt`,
	fallback: (reason: string, value: unknown) => `${reason}; bruker ${JSON.stringify(value)}`,
	unvalidatable: 'kunne ikke valideres',
	badSlug: 'mangler eller ugyldig (bare a–z, 0–9 og bindestrek)',
	badDate: 'ugyldig dato',
	noSettings: '[sanity] siteSettings mangler; bruker standardverdier',
	duplicateSlug: (slug: string) => `"${slug}" brukes allerede av en nyere sak`,
	creditPrefix: (credit: string) => `"Foto:" skrives av nettstedet; fjernet fra "${credit}"`,
	missingAlt: 'mangler alternativ tekst; vist med alt=""',
	missingExcerpt: 'mangler ingress; bruker første avsnitt',
	longExcerpt: (length: number, max: number) => `${length} tegn, over ${max}; forkortet`,
	emptyBody: 'tom brødtekst; viser bare ingressen',
	duplicateEventSlug: (slug: string) => `"${slug}" brukes allerede av et annet arrangement`,
	endBeforeStart: 'slutter før det starter; vist uten slutt',
	deadlineAfterStart: 'påmeldingsfristen er etter starten',
	unpublishedPost: (id: string) => `innlegget "${id}" er ikke publisert; utelatt`,
};

/** Portable text (src/render/portable-text.ts). */
export const bodyMessages = {
	unsafeLink: (href: unknown) =>
		`lenke "${String(href)}" er ikke http(s)/mailto/tel; vist som tekst`,
	unknownType: (type: string) => `ukjent blokktype "${type}"; vist som ren tekst`,
	unknownMark: (type: string) => `ukjent merke "${type}"; vist som ren tekst`,
};

/** The image pipeline (src/images/). */
export const imageMessages = {
	/** `bildet image-…-jpg (navn.jpg): <reason>` (the name only when it says more than the id). */
	about(asset: { _id: string; originalFilename?: string | null | undefined }, reason: string) {
		const name = asset.originalFilename?.trim();
		const telling = name && !asset._id.includes(name.replace(/\.[^.]+$/, ''));
		return `bildet ${asset._id}${telling ? ` (${name})` : ''}: ${reason}`;
	},
	deadReference: 'mangler bilde (død referanse); figuren er utelatt',
	badAssetId: (reason: string) => `ugyldig bilde-id (${reason}); vist uten bilde`,
	notShown: (reason: string) => `${reason}; vist uten bilde`,
	fileMissing: 'filen mangler i eksporten',
	unreadable: (reason: string) => `kan ikke leses (ødelagt fil eller ukjent format: ${reason})`,
	noSize: 'kan ikke leses (mangler størrelse)',
	truncated: (reason: string) => `kan ikke leses (avkortet eller ødelagt fil: ${reason})`,
	tooLarge: (w: number, h: number, mp: string, limit: string) =>
		`for stort (${w}×${h}, ${mp}; grensen er ${limit})`,
	svg: 'SVG-grafikk, ikke et foto; vist som rasterbilde',
	veryLarge: (w: number, h: number, mp: string, limit: string) =>
		`svært stort (${w}×${h}, ${mp}); last opp en mindre versjon (under ${limit})`,
	downloadFailed: (url: string, reason: string) => `nedlasting av ${url} feilet: ${reason}`,
	stats: (files: number, encoded: number, cached: number, downloaded: number) =>
		`[bilder] ${files} filer i /bilder/: ${encoded} kodet, ${cached} fra hurtigbufferen${downloaded ? `, ${downloaded} originaler lastet ned` : ''}`,
	variantFailed: (assetId: string, file: string, reason: string) =>
		`[bilder] ${assetId} → ${file}: ${reason}`,
};
