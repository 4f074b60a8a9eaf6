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

/** Headings of the content report (src/report/report.ts). */
export const reportMessages = {
	heading: '[sanity] Innholdsrapport',
	clean: '[sanity] Innholdsrapport: ingen feil eller advarsler.',
	skippedHeading: 'Hoppet over – kan ikke vises',
	warningsHeading: 'Advarsler – vist med reserveverdi',
	exportHeading: 'Eksportfil',
	written: (file: string) => `[sanity] Maskinlesbar rapport: ${file}`,
	schedule: (file: string, next: { at: string; kind: string; id?: string } | null) =>
		`[sanity] Neste planlagte endring: ${next ? `${next.at} (${changeKinds[next.kind] ?? next.kind}${next.id ? ` «${next.id}»` : ''})` : 'ingen'} (${file})`,
};

/** What a coming change of the site is (src/content/schedule.ts), for the report and the server. */
export const changeKinds: Record<string, string> = {
	publish: 'planlagt publisering',
	pinEnds: 'festet hovedsak slutter',
	deadline: 'svarfrist utløper',
	eventEnds: 'arrangement er over',
	seasonEnds: 'hilsen går ut av sesongen',
	month: 'ny måned (månedsbrev)',
};

/** Bad environment variables (src/config.ts). */
export const configMessages = {
	badPerspective: (value: string) =>
		`SANITY_PERSPECTIVE må være "published", "drafts" eller id-er til innholdsutgivelser skilt med komma (f.eks. "rHost2024,drafts"), ikke "${value}".`,
	badProjectId: (value: string) => `SANITY_PROJECT_ID "${value}" er ugyldig (bare a–z, 0–9 og -).`,
	draftsNeedToken: () =>
		'SANITY_PERSPECTIVE=drafts (eller en innholdsutgivelse) krever SANITY_TOKEN (et lesetoken fra sanity.io/manage).',
	badSiteUrl: (value: string) =>
		`SITE_URL "${value}" er ikke en nettadresse (den må begynne med https:// eller http://).`,
	badNewsletterUrl: (value: string) =>
		`NEWSLETTER_PUBLIC_URL "${value}" er ikke en nettadresse (den må begynne med https:// eller http://).`,
	badNow: (value: string) =>
		`BUILD_NOW "${value}" er ikke et ISO 8601-tidspunkt (f.eks. 2026-11-30T12:00:00Z).`,
	badFlag: (name: string, value: string) => `${name} må være 1 eller 0, ikke "${value}".`,
	badWorkers: (value: string) =>
		`BUILD_WORKERS må være et helt tall fra 1 og oppover (antall tråder som lager sider), ikke "${value}".`,
	badMemory: (value: string) =>
		`BUILD_MEMORY_MIB må være et helt antall MiB fra 100 og oppover (minnegrensen for bygget), ikke "${value}".`,
	badOutputs: (value: string, families: readonly string[]) =>
		`BUILD_OUTPUTS må være "all", eller "core" fulgt av utdatafamilier skilt med komma (${families.join(', ')}), ikke "${value}".`,
	badApiHost: (value: string, name = 'SANITY_API_HOST') =>
		`${name} "${value}" er ikke en nettadresse (den må begynne med https:// eller http://).`,
	badRevisions: (value: string) =>
		`PUBLISH_REVISIONS må være et JSON-objekt fra dokument-id til _rev (fikk "${value.slice(0, 80)}").`,
	badUnsubscribe: (value: string) =>
		`EMAIL_UNSUBSCRIBE_PLACEHOLDER "${value}" kan ikke inneholde mellomrom, anførselstegn eller < > (f.eks. {{unsubscribe_url}} eller *|UNSUB|*).`,
};

/** The Sanity API (src/sanity/api-source.ts). */
export const apiMessages = {
	http: (status: number) => `HTTP ${status}`,
	timeout: 'tidsavbrudd',
	network: (reason: string) => `nettverksfeil: ${reason}`,
	malformed: 'svaret var ikke gyldig JSON fra spørre-API-et',
	failed: (projectId: string, dataset: string, reason: string, attempts: number) =>
		`Sanity-API-et (${projectId}/${dataset}) svarte ikke etter ${attempts} forsøk (${reason}); bygget er stoppet, dist/ er ikke endret.`,
	/** One line when the build still read another revision than the webhook named, after one retry. */
	staleRevisions: (found: readonly { id: string; expected: string; read: string | null }[]) =>
		`[sanity] bygget leste ikke revisjonen publiseringen gjaldt: ${found
			.map((f) => `${f.id} (ventet ${f.expected}, leste ${f.read ?? 'ingen'})`)
			.join(', ')}; nettstedet kan mangle den siste endringen til neste bygg.`,
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
	remoteAsset: (id: string, url: string) =>
		`[sanity] eksporten har ikke filen til ${id}, bare en ekstern adresse (${url}); bilder hentes med tidsgrense eller utelates, vedlegg utelates`,
	missingFile: (relPath: string, id: string) =>
		`[sanity] eksporten mangler filen ${relPath} (${id}); referanser til den utelates`,
	noAssets:
		'[sanity] eksporten har ingen filer (images/, files/ og assets.json mangler, som etter «sanity dataset export --no-assets»): nettstedet får ingen bilder, intet standard delingsbilde (og:image) og ingen vedlegg',
};

/** Validation and fallbacks (src/sanity/validate.ts, schemas.ts, src/content/). */
export const contentMessages = {
	missing: 'mangler',
	deadAsset: 'mangler bilde/fil (død referanse)',
	leftOut: (reason: string) => `${reason}; utelatt`,
	fallback: (reason: string, value: unknown) => `${reason}; bruker ${JSON.stringify(value)}`,
	unvalidatable: 'kunne ikke valideres',
	invalidSlug: (slug: string, suggestion: string) =>
		`"${slug}" er ugyldig${suggestion ? `; forslag: "${suggestion}"` : ' (bare a–z, 0–9 og bindestrek)'}`,
	missingSlug: (suggestion: string) => `mangler${suggestion ? `; forslag: "${suggestion}"` : ''}`,
	badDateTime: (value: unknown) =>
		`ugyldig dato ${JSON.stringify(value)} (krever ISO 8601-tidspunkt med tidssone, f.eks. 2024-05-01T10:00:00Z)`,
	noSettings: '[sanity] siteSettings mangler; bruker standardverdier',
	duplicateSlug: (slug: string) => `"${slug}" brukes allerede av en nyere sak`,
	creditPrefix: (credit: string) => `"Foto:" skrives av nettstedet; fjernet fra "${credit}"`,
	missingAlt: 'mangler alternativ tekst; vist med alt=""',
	logoMissingAlt: 'logoen mangler alternativ tekst; bruker nettstedets korte navn',
	missingExcerpt: 'mangler ingress; bruker første avsnitt',
	longExcerpt: (length: number, max: number) => `${length} tegn, over ${max}; forkortet`,
	emptyBody: 'tom brødtekst; viser bare ingressen',
	forbiddenCharacters: (codes: string) =>
		`ulovlige tegn for XML/HTML (${codes}) fjernet eller gjort om til mellomrom/linjeskift`,
	duplicateEventSlug: (slug: string) => `"${slug}" brukes allerede av et annet arrangement`,
	endBeforeStart: 'slutter før det starter; vist uten slutt',
	deadlineAfterStart: 'påmeldingsfristen er etter starten',
	unpublishedPost: (id: string) => `innlegget "${id}" er ikke publisert; utelatt`,
};

/** Portable text (src/render/portable-text.ts, blocks.ts). */
export const bodyMessages = {
	unsafeLink: (href: unknown) =>
		typeof href === 'string' && href.trim()
			? `lenke "${href}" er ikke http(s)/mailto/tel; vist som tekst`
			: 'lenke uten adresse (href mangler); vist som tekst',
	unknownType: (type: string) => `ukjent blokktype "${type}"; vist som ren tekst`,
	unknownMark: (type: string) => `ukjent merke "${type}"; vist som ren tekst`,
	unknownInline: (type: string) => `ukjent innebygd objekt "${type}"; bare teksten vises`,
	noChildren: 'blokken mangler children (ingen tekst); utelatt',
	unknownStyle: (style: string) => `ukjent stil "${style}"; vist som avsnitt`,
	unofferedStyle: (style: string, shown: string) =>
		`stilen "${style}" brukes ikke i brødteksten; vist som ${shown}`,
	unknownList: (type: string) => `ukjent listetype "${type}"; vist som punktliste`,
	emptyHeading: 'tom overskrift; utelatt',
	skippedHeading: (style: string, shown: string) =>
		`overskriften ${style} hopper over et nivå; vist som ${shown}`,
	internalLinkMissing:
		'lenken går til en sak eller et tema som ikke er publisert (bare utkast, eller slettet); vist som tekst',
	internalLinkScheduled: (date: string) =>
		`lenken går til en sak som er planlagt publisert ${date}; vist som tekst til da`,
	internalLinkNotShown: 'lenken går til en sak som ikke kan vises (se over); vist som tekst',
};

/** Attachments (src/content/attachments.ts, src/integrations/attachments.ts). */
export const attachmentMessages = {
	tooLarge: (name: string, size: string, limit: string) =>
		`vedlegget "${name}" er for stort (${size}; grensen er ${limit}); ikke publisert`,
	notDocument: (name: string, what: string) =>
		`vedlegget "${name}" er ${what}, ikke PDF, Word, Excel, PowerPoint eller ODT; ikke publisert`,
	remote: (name: string, url: string) =>
		`vedlegget "${name}" ligger bare på en ekstern adresse (${url}), ikke i eksporten; ikke publisert`,
	copyFailed: (file: string, reason: string) => `[vedlegg] ${file} kunne ikke kopieres: ${reason}`,
	stats: (files: number) => `[vedlegg] ${files} filer i /vedlegg/`,
};

/** The record of published addresses (src/site/addresses/, src/integrations/addresses.ts). */
export const addressMessages = {
	badRecord: (file: string, reason: string) =>
		`[adresser] ${file} kunne ikke leses (${reason}); lagret som ${file}.ugyldig, og listen starter på nytt`,
	writeFailed: (file: string, reason: string) => `[adresser] ${file} kunne ikke skrives: ${reason}`,
	stats: (moved: number, gone: number, file: string) =>
		`[adresser] ${moved} gamle adresser sender videre, ${gone} viser «Saken er fjernet» (${file})`,
	restored: (entries: number, file: string) =>
		`[adresser] Adresselisten er hentet fra nettstedet: ${entries} dokumenter og vedlegg (${file})`,
	noRecordYet: '[adresser] Nettstedet har ingen adresseliste ennå; bygget starter en ny.',
	restoreFailed: (reason: string) =>
		`[adresser] ${reason}. Bygger ikke, så ingen gamle adresser går tapt.`,
};

/** The editor's pinned lead story, siteSettings.leadStory (src/content/lead-story.ts). */
export const leadStoryMessages = {
	missing:
		'hovedsaken er ikke publisert (bare utkast, eller slettet); forsiden viser den vanlige hovedsaken',
	scheduled: (date: string) =>
		`hovedsaken er planlagt publisert ${date}; forsiden viser den vanlige hovedsaken til da`,
	notShown: 'hovedsaken kan ikke vises (se over); forsiden viser den vanlige hovedsaken',
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
	notWritten: (files: number, reason: string) =>
		`${files} bildefil${files === 1 ? '' : 'er'} kunne ikke lages (${reason}); siden viser bildet ikke`,
	cropNotNumbers: 'beskjæringen har verdier som ikke er tall; vist uten beskjæring',
	cropEmpty: (sides: string, share: string) =>
		`beskjæringen fjerner hele bildet (${sides} = ${share}); vist uten beskjæring`,
	hotspotNotNumbers: 'fokuspunktet har verdier som ikke er tall; ignorert',
	hotspotEmpty: 'fokuspunktet har bredde eller høyde 0; ignorert',
	smallForColumn: (w: number, h: number, min: number) =>
		`lite bilde (${w}×${h} px etter beskjæring) vises forstørret i tekstspalten; last opp minst ${min} px bredt`,
	smallForShare: (w: number, h: number, share: string, min: string) =>
		`lite bilde (${w}×${h} px etter beskjæring) forstørres til delingsbildet ${share}; last opp minst ${min}`,
};

const seconds = new Intl.NumberFormat('nb-NO', {
	maximumFractionDigits: 1,
	minimumFractionDigits: 1,
});

/** Site search (src/integrations/pagefind.ts); the duration is read by the benchmark. */
export const searchMessages = {
	indexed: (pages: number, secs: number, indexes: number, reused = 0) =>
		`[sok] ${pages} sider indeksert på ${seconds.format(secs)} s (${indexes} ${indexes === 1 ? 'indeks' : 'indekser'}${reused ? `, ${reused} uendret fra forrige bygg` : ''})`,
	failed: (reason: string) => `[sok] Søkeindeksen kunne ikke lages: ${reason}`,
};

/** The worker prerenderer (src/prerender/): how the pages were shared between threads. */
export const prerenderMessages = {
	shared: (counts: readonly number[]) =>
		`[tråder] ${counts.reduce((a, b) => a + b, 0)} sider laget i ${counts.length} tråder (${counts.join(' + ')}; hovedtråden først)`,
	workerFailed: (reason: string) =>
		`[tråder] En arbeidstråd stoppet; hovedtråden lager sidene den hadde: ${reason}`,
	exportChanged: 'eksporten ble endret etter at hovedtråden leste den',
	memoryLimited: (
		threads: number,
		wanted: number,
		posts: number,
		estimate: number,
		budget: number,
	) =>
		`[tråder] ${threads} av ${wanted} tråder lager sider: med ${posts} saker ville flere tråder (hver med sitt eget innhold) passert minnegrensen på ${budget} MiB (BUILD_MEMORY_MIB); anslått ${estimate} MiB.`,
};
