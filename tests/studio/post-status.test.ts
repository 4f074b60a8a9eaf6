// @vitest-environment jsdom
/** The editor sees each publish land: the post's status panel over the server's status documents. */
import { ThemeProvider } from '@sanity/ui';
import { buildTheme } from '@sanity/ui/theme';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { Subject } from 'rxjs';
import { afterEach, describe, expect, test } from 'vitest';
import {
	PostStatusInput,
	PostStatusPanel,
} from '../../sanity-studio/components/PostStatusInput.tsx';
import { describePostStatus } from '../../sanity-studio/lib/post-status.ts';
import { postStatusBase } from '../../server/status/status-doc.ts';
import { memoryStatusWriter } from '../../server/status/writer.ts';
import { createFakeClient } from './helpers/fake-client.ts';
import type { StudioDocument } from './helpers/seed.ts';
import { studioSchema, summarize, validateInDataset } from './helpers/validate.ts';
import { dataset, summer } from './helpers/rule-cases.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NOW = new Date('2026-12-04T13:30:00Z');
const POST = summer();
const published = { _updatedAt: '2026-12-04T13:00:00Z', publishedAt: '2026-12-04T12:58:00Z' };

/** The status document as the server's writer makes it (server/status/writer.ts, in memory). */
async function statusDocument(
	write: (writer: ReturnType<typeof memoryStatusWriter>) => Promise<void>,
) {
	const writer = memoryStatusWriter();
	await write(writer);
	return { ...postStatusBase(POST._id), ...writer.snapshot().posts[POST._id] } as StudioDocument;
}

/** A fake Studio client over `documents` (GROQ through groq-js) whose `listen` the test drives. */
function studioClient(documents: StudioDocument[]) {
	const events = new Subject<unknown>();
	const client = createFakeClient(documents);
	return {
		client: {
			fetch: client.fetch,
			listen: () => events.asObservable(),
		},
		changed: () => events.next({ type: 'mutation' }),
	};
}

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** Renders the panel for the draft of the seed post and returns its text once it has loaded. */
async function render(
	client: ReturnType<typeof studioClient>['client'],
	documentId = `drafts.${POST._id}`,
) {
	const container = document.createElement('div');
	document.body.append(container);
	const root = createRoot(container);
	await act(async () => {
		root.render(
			createElement(
				ThemeProvider,
				{ theme: buildTheme() },
				createElement(PostStatusPanel, { client, documentId, now: () => NOW }),
			),
		);
	});
	cleanup = () => {
		act(() => root.unmount());
		container.remove();
	};
	const text = () => container.textContent ?? '';
	return { text, container };
}

describe('the status panel', () => {
	test('says «Publisert på nettstedet kl. HH.MM» (Oslo time) with the warnings for the post', async () => {
		const status = await statusDocument((w) =>
			w.setPost(POST._id, 'publish', {
				state: 'live',
				at: '2026-12-04T13:02:00Z',
				warnings: ['Hovedbildet mangler alternativ tekst (mainImage.alt).'],
			}),
		);
		const { client } = studioClient([{ ...POST, ...published }, status]);
		const { text, container } = await render(client);
		expect(text()).toContain('Publisert på nettstedet kl. 14.02');
		expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
			'Hovedbildet mangler alternativ tekst (mainImage.alt).',
		]);
	});

	test('follows the server live: «Venter på bygg», then «Bygget feilet: <one line>»', async () => {
		const documents: StudioDocument[] = [{ ...POST, ...published }];
		const { client, changed } = studioClient(documents);
		documents.push(
			await statusDocument((w) =>
				w.setPost(POST._id, 'publish', { state: 'waiting', at: '2026-12-04T13:00:05Z' }),
			),
		);
		const { text } = await render(client);
		expect(text()).toContain('Venter på bygg');
		documents[1] = await statusDocument((w) =>
			w.setPost(POST._id, 'publish', {
				state: 'failed',
				at: '2026-12-04T13:01:00Z',
				message: 'Datasettet kunne ikke leses.\nat readDataset (dataset.ts:1)',
			}),
		);
		await act(async () => changed());
		expect(text()).toContain('Bygget feilet: Datasettet kunne ikke leses.');
		expect(text()).not.toContain('readDataset');
	});

	test('a publish newer than the last build waits for the build', async () => {
		const status = await statusDocument((w) =>
			w.setPost(POST._id, 'publish', { state: 'live', at: '2026-12-04T12:00:00Z' }),
		);
		const { client } = studioClient([{ ...POST, ...published }, status]);
		expect((await render(client)).text()).toContain('Venter på bygg');
	});

	test('shows Facebook and newsletter status (counts, never addresses)', async () => {
		const status = await statusDocument(async (w) => {
			await w.setPost(POST._id, 'publish', { state: 'live', at: '2026-12-04T13:02:00Z' });
			await w.setPost(POST._id, 'facebook', {
				state: 'failed',
				at: '2026-12-04T13:03:00Z',
				message: 'Facebook avviste lenken (feil 100).',
			});
			await w.setPost(POST._id, 'newsletter', {
				state: 'sent',
				at: '2026-12-04T13:10:00Z',
				queued: 0,
				sent: 41,
				failed: 1,
				bounced: 2,
				uncertain: 0,
			});
		});
		const { client } = studioClient([{ ...POST, ...published }, status]);
		const { text } = await render(client);
		expect(text()).toContain('Deling på Facebook feilet: Facebook avviste lenken (feil 100).');
		expect(text()).toContain('Nyhetsbrev: 41 sendt, 3 feilet eller avvist');
	});

	test('a draft never published, and a published post the server has not reported on', async () => {
		const { client } = studioClient([{ ...POST, _id: `drafts.${POST._id}` }]);
		expect((await render(client)).text()).toContain('Ikke publisert ennå.');
		cleanup?.();
		const other = studioClient([{ ...POST, ...published }]);
		expect((await render(other.client)).text()).toContain(
			'Ingen melding fra publiseringsserveren ennå.',
		);
	});
});

describe('describePostStatus', () => {
	test.each([
		[
			{ state: 'posted', at: '2026-12-03T09:15:00Z' },
			'Delt på Facebook kl. 10.15, 3. desember 2026',
		],
		[
			{ state: 'skipped', at: '2026-12-04T09:15:00Z', message: 'Eldre enn 7 dager.' },
			'Ikke delt på Facebook: Eldre enn 7 dager.',
		],
		[{ state: 'waiting', at: '2026-12-04T09:15:00Z' }, 'Venter på deling på Facebook'],
	] as const)('Facebook %j → %s', (facebook, text) => {
		expect(describePostStatus({ facebook }, published, NOW).facebook?.text).toBe(text);
	});

	test('a scheduled post says when it appears', () => {
		const view = describePostStatus(null, { publishedAt: '2026-12-05T07:00:00Z' }, NOW);
		expect(view.publish).toEqual({
			tone: 'caution',
			text: 'Planlagt: vises på nettstedet kl. 08.00, 5. desember 2026',
		});
	});

	test('a send in progress counts what is queued and what is uncertain', () => {
		const view = describePostStatus(
			{
				newsletter: {
					state: 'sending',
					at: NOW.toISOString(),
					queued: 10,
					sent: 5,
					failed: 0,
					bounced: 0,
					uncertain: 1,
				},
			},
			published,
			NOW,
		);
		expect(view.newsletter?.text).toBe(
			'Nyhetsbrev: 5 sendt, 10 i kø, 1 usikre (ikke sendt på nytt)',
		);
	});
});

describe('the schema', () => {
	test('a post shows the status panel above its fields', () => {
		const post = studioSchema.get('post') as unknown as { components?: { input?: unknown } };
		expect(post.components?.input).toBe(PostStatusInput);
	});

	test('postStatus and siteStatus are read-only types; a status document validates', async () => {
		for (const name of ['postStatus', 'siteStatus'])
			expect((studioSchema.get(name) as { readOnly?: unknown }).readOnly).toBe(true);
		const status = await statusDocument((w) =>
			w.setPost(POST._id, 'publish', {
				state: 'live',
				at: '2026-12-04T13:02:00Z',
				warnings: ['x'],
			}),
		);
		expect(summarize(await validateInDataset(status, dataset))).toEqual([]);
	});
});
