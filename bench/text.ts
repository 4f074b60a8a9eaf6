/** Deterministic Norwegian-looking text for the synthetic posts: a seeded PRNG and a word pool. */

const WORDS = (
	'kommune kommunene fylkeskommunen samskaping utenforskap arbeidsgiver ordfører kommunedirektør ' +
	'helse omsorg oppvekst partssamarbeid nærvær demokrati valg innbyggere tjenester omstilling ' +
	'handlingsrom kompetanse rekruttering tillitsvalgte medlemmer strategikonferansen debatten ' +
	'region samarbeid økonomi barnehage skole sykefravær heltidskultur digitalisering klima ' +
	'beredskap folkevalgte kommunestyret formannskapet prosjektet erfaringer resultater ' +
	'utfordringer muligheter ledere ansatte frivillige næringsliv distriktene byene ungdom ' +
	'eldre familier tilbud løsninger innsats planer vedtak høring møte konferanse nettverk'
).split(' ');
const LINKERS = 'og i for med om til fra på som skal kan vil har er blir gir'.split(' ');

export type Random = () => number;

/** mulberry32: a small seeded PRNG returning floats in [0, 1); same seed, same sequence. */
export function seededRandom(seed: number): Random {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** An integer in [min, max], inclusive. */
export function pickInt(random: Random, min: number, max: number): number {
	return min + Math.floor(random() * (max - min + 1));
}

/** One element of a non-empty list. */
export function pick<T>(random: Random, list: readonly T[]): T {
	return list[Math.floor(random() * list.length)]!;
}

/** `count` words, alternating pool words and short linking words, lower case, no punctuation. */
export function words(random: Random, count: number): string {
	const out: string[] = [];
	for (let i = 0; i < count; i++)
		out.push(i % 3 === 1 ? pick(random, LINKERS) : pick(random, WORDS));
	return out.join(' ');
}

/** The text with its first letter in upper case. */
export const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** A capitalised sentence of 8–16 words ending in a full stop. */
export function sentence(random: Random): string {
	return `${capitalize(words(random, pickInt(random, 8, 16)))}.`;
}

/** `count` sentences joined by spaces. */
export function sentences(random: Random, count: number): string {
	return Array.from({ length: count }, () => sentence(random)).join(' ');
}

/** A URL slug: lower case ASCII, æ → ae, ø → o, å → a, other runs of characters → "-". */
export function slugify(text: string): string {
	return text
		.toLowerCase()
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'o')
		.replace(/å/g, 'a')
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
