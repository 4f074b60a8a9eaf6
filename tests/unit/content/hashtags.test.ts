import { describe, expect, test } from 'vitest';
import { hashtagTargets, linkHashtags } from '../../../src/content/hashtags.ts';
import { ContentReport } from '../../../src/report/report.ts';
import { renderBody } from '../../../src/render/portable-text.ts';

const topics = [
	{ title: '#valgløfte2023', slug: 'valglofte2023' },
	{ title: 'Samskaping', slug: 'samskaping' },
];
const block = (text: string, marks: string[] = [], markDefs: object[] = []) => ({
	_type: 'block',
	_key: 'b1',
	style: 'normal',
	markDefs,
	children: [{ _type: 'span', _key: 's1', text, marks }],
});
const render = (blocks: unknown[]) =>
	renderBody(linkHashtags(blocks, hashtagTargets(topics)), {
		type: 'post',
		id: 'p1',
		report: new ContentReport(),
	});

describe('hashtagTargets', () => {
	test('maps only topics titled as a hashtag, case-insensitively', () => {
		expect([...hashtagTargets(topics)]).toEqual([['#valgløfte2023', '/tema/valglofte2023/']]);
	});
});

describe('linkHashtags', () => {
	test('links a hashtag that names a topic and keeps the text around it', () => {
		expect(render([block('Vi diskuterte #Valgløfte2023 i styret.')])).toBe(
			'<p>Vi diskuterte <a class="hashtag" href="/tema/valglofte2023/">#Valgløfte2023</a> i styret.</p>',
		);
	});

	test('leaves unknown hashtags and text inside links alone', () => {
		expect(render([block('Bruk #ukjent i teksten.')])).toBe('<p>Bruk #ukjent i teksten.</p>');
		const linked = block(
			'#valgløfte2023',
			['l1'],
			[{ _type: 'link', _key: 'l1', href: 'https://www.ks.no/' }],
		);
		expect(render([linked])).toBe(
			'<p><a href="https://www.ks.no/" rel="noopener">#valgløfte2023</a></p>',
		);
	});

	test('keeps other marks on the hashtag and does not change its input', () => {
		const input = [block('#valgløfte2023', ['strong'])];
		const before = JSON.stringify(input);
		expect(render(input)).toBe(
			'<p><a class="hashtag" href="/tema/valglofte2023/"><strong>#valgløfte2023</strong></a></p>',
		);
		expect(JSON.stringify(input)).toBe(before);
	});
});
