/**
 * A content source that remembers its answers, and one that gives them again: with the API source,
 * worker threads (src/prerender/) get the main thread's answers instead of asking the API again,
 * so every thread renders the same content (the API could change between two reads).
 */
import type { ContentSource } from './source.ts';

/** Recorded answers: `[key, result]`, the key made of the query and its parameters. */
export type Answers = [key: string, result: unknown][];

const keyOf = (query: string, params?: Record<string, unknown>) =>
	JSON.stringify([query, params ?? {}]);

export type RecordingSource = ContentSource & { answers(): Promise<Answers> };

/** `source`, recording each answer (the latest per query); `answers()` resolves them. */
export function recordingSource(source: ContentSource): RecordingSource {
	const answers = new Map<string, Promise<unknown>>();
	return {
		...source,
		fetch<T>(query: string, params?: Record<string, unknown>): Promise<T> {
			const answer = source.fetch<T>(query, params);
			answers.set(keyOf(query, params), answer);
			return answer;
		},
		answers: () =>
			Promise.all(
				[...answers].map(async ([key, answer]) => [key, await answer] as [string, unknown]),
			),
	};
}

/** A source answering only the recorded queries; another query is an error (never asked by pages). */
export function replaySource(answers: Answers, description: string): ContentSource {
	const known = new Map(answers);
	return {
		description,
		kind: 'api',
		fetch<T>(query: string, params?: Record<string, unknown>): Promise<T> {
			const key = keyOf(query, params);
			if (!known.has(key)) return Promise.reject(new Error(`not recorded: ${query.slice(0, 80)}`));
			return Promise.resolve(known.get(key) as T);
		},
	};
}
