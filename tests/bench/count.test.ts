/** Counting a build's output: the check that keeps every timed build honest. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countMismatches, countOutput, type OutputLayout } from '../../bench/count.ts';
import { GENERATORS } from '../../bench/generators.ts';

// The Hugo generator's own layout: the files below are what Hugo writes for two posts.
const HUGO: OutputLayout = GENERATORS.find((g) => g.id === 'hugo')!.layout;
const FILES = [
	'index.html',
	'posts/index.html',
	'posts/a/index.html',
	'posts/b/index.html',
	'posts/empty/.keep',
	'posts/page/1/index.html',
	'posts/page/2/index.html',
	'topics/index.html',
	'topics/x/index.html',
];
let out: string;

beforeAll(async () => {
	out = await mkdtemp(join(tmpdir(), 'ks-bench-count-'));
	for (const file of FILES) {
		await mkdir(dirname(join(out, file)), { recursive: true });
		await writeFile(join(out, file), '');
	}
	await writeFile(join(out, 'rss.xml'), '<rss><channel><item/><item/></channel></rss>');
});

afterAll(() => rm(out, { recursive: true, force: true }));

describe('countOutput', () => {
	test('counts post, list and topic pages, HTML pages without aliases, and feed items', () => {
		expect(countOutput(out, HUGO)).toEqual({
			posts: 2,
			listPages: 2,
			topicPages: 1,
			htmlPages: 7,
			feedItems: 2,
		});
	});
});

describe('countMismatches', () => {
	test('names each count that differs from the expected one', () => {
		const got = { posts: 2, listPages: 2, topicPages: 1, htmlPages: 7, feedItems: 2 };
		expect(countMismatches(got, { posts: 2, listPages: 2, topicPages: 1, feedItems: 2 })).toEqual(
			[],
		);
		expect(countMismatches(got, { posts: 3, listPages: 2, topicPages: 1, feedItems: 3 })).toEqual([
			'posts: expected 3, got 2',
			'feedItems: expected 3, got 2',
		]);
	});
});
