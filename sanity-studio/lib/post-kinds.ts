/** The kinds of post, with the labels editors see. */
export const POST_KINDS = [
	{ value: 'news', title: 'Nyhet' },
	{ value: 'summerGreeting', title: 'Sommerhilsen' },
	{ value: 'christmasGreeting', title: 'Julehilsen' },
	{ value: 'newsletter', title: 'Nyhetsbrev' },
] as const;

export type PostKind = (typeof POST_KINDS)[number]['value'];

/** Returns the Norwegian label of a post kind, or a neutral label for unknown values. */
export function formatPostKind(kind: string | undefined): string {
	return POST_KINDS.find((item) => item.value === kind)?.title ?? 'Innlegg';
}

/** True for the seasonal greetings (summer and Christmas), which may carry a signature. */
export const isGreeting = (kind: unknown): boolean =>
	kind === 'summerGreeting' || kind === 'christmasGreeting';
