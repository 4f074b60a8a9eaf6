/**
 * Which posts concern which municipality, decided once for pages, feeds, JSON-LD and search: a post
 * concerns the municipalities it names, and a post marked "Gjelder alle kommuner i Trøndelag"
 * (`allMunicipalities`) concerns every one of them, the county included (DESIGN.md, `post`).
 */
import { LOCALE } from '../consts.ts';
import type { ContentReport } from '../report/report.ts';
import {
	MUNICIPALITY_FALLBACKS,
	MUNICIPALITY_REQUIRED,
	municipalitySchema,
	type Municipality,
	type MunicipalityRef,
} from '../sanity/schemas.ts';
import { validateDocuments } from '../sanity/validate.ts';

type Concerning = {
	allMunicipalities?: boolean | null | undefined;
	municipalities: readonly { _id: string }[];
};

/** True when `post` concerns `municipality` (named in the post, or the post concerns all). */
export function concerns(post: Concerning, municipality: { _id: string }): boolean {
	return (
		post.allMunicipalities === true || post.municipalities.some((m) => m._id === municipality._id)
	);
}

/** A place a post concerns: a municipality or the county, as pages, JSON-LD and search name it. */
export type Area = Pick<MunicipalityRef, '_id' | 'name' | 'slug'> & {
	number?: string | null | undefined;
};

/** The places a post concerns: every municipality for an "all municipalities" post, else the ones it names. */
export function municipalitiesOf(
	post: Concerning & { municipalities: readonly Area[] },
	all: readonly Area[],
): readonly Area[] {
	return post.allMunicipalities === true ? all : post.municipalities;
}

/** Validates the municipality documents, attaches the posts that concern each (newest first) and
 * sorts them by name the Norwegian way. */
export function loadMunicipalities<P extends Concerning>(
	raw: unknown[],
	posts: readonly P[],
	report: ContentReport,
): Array<Municipality & { posts: P[] }> {
	const entries = validateDocuments(raw, municipalitySchema, report, {
		type: 'municipality',
		required: MUNICIPALITY_REQUIRED,
		fallbacks: MUNICIPALITY_FALLBACKS,
	}).map((m) => ({ ...m, posts: posts.filter((p) => concerns(p, m)) }));
	return sortByName(entries);
}

const collator = new Intl.Collator(LOCALE);

/** Sorts by name the Norwegian way (… Y, Z, Æ, Ø, Å), without changing the input. */
export function sortByName<T extends { name: string }>(list: readonly T[]): T[] {
	return [...list].sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * Groups municipalities for /kommuner/: the county first in its own group, then one group per first
 * letter in Norwegian order (Æ, Ø, Å last), names sorted within each.
 */
export function groupMunicipalities<T extends { name: string; kind: Municipality['kind'] }>(
	list: readonly T[],
): Array<{ key: string; county: boolean; items: T[] }> {
	const county = sortByName(list.filter((m) => m.kind === 'county'));
	const groups = new Map<string, T[]>();
	for (const m of sortByName(list.filter((x) => x.kind !== 'county'))) {
		const letter = m.name.trim().charAt(0).toLocaleUpperCase(LOCALE);
		groups.set(letter, [...(groups.get(letter) ?? []), m]);
	}
	return [
		...(county.length ? [{ key: 'county', county: true, items: county }] : []),
		...[...groups].map(([key, items]) => ({ key, county: false, items })),
	];
}
