import type { Block } from './portable-text.ts';

/** A figure placeholder resolved to a `_sanityAsset` entry by the generator. */
export type FigureSpec = {
	image: string;
	alt: string;
	caption?: string;
	credit?: string;
	hotspot?: { x: number; y: number; width: number; height: number };
	crop?: { top: number; bottom: number; left: number; right: number };
};
export type AttachmentSpec = { file: string; title: string; description?: string };
export type BodyItem = Block | Block[] | { figure: FigureSpec } | { attachment: AttachmentSpec };

export type PostSpec = {
	id: string;
	title: string;
	slug: string;
	kind: 'news' | 'summerGreeting' | 'christmasGreeting' | 'newsletter';
	/** The written standard: nynorsk posts say so; bokmål is the default and left out. */
	language?: 'nn';
	publishedAt: string;
	excerpt: string;
	mainImage?: FigureSpec;
	body: BodyItem[];
	topics: string[];
	municipalities?: string[];
	/** Concerns every municipality in Trøndelag (then `municipalities` is left out). */
	allMunicipalities?: boolean;
	contact?: string;
	deadline?: string;
	/** A byline shown at the end (greetings). */
	signature?: string;
	seo?: { title?: string; description?: string };
	/** «Del på Facebook», with an own «Tekst til Facebook» or (without `message`) the excerpt. */
	facebook?: { share: boolean; message?: string };
	/** «E-post»: «Send som nyhetsbrev» to audience ids, with an optional subject and preheader. */
	newsletter?: { send: boolean; audiences: string[]; subject?: string; preheader?: string };
};
