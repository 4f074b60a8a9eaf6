/** «Publiseringstidspunkt» is empty until the post is first published; publishing fills it. */
import { createWorkspaceFromConfig, type CurrentUser, type DocumentActionComponent } from 'sanity';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { withPublishTime } from '../../sanity-studio/actions/publish-with-time.ts';
import { publishTimePatch } from '../../sanity-studio/lib/publish-time.ts';
import config from '../../sanity-studio/sanity.config.ts';
import { createFakeClient } from './helpers/fake-client.ts';
import { dataset, summer } from './helpers/rule-cases.ts';
import type { StudioDocument } from './helpers/seed.ts';
import { summarize, validateInDataset } from './helpers/validate.ts';

type Workspace = Awaited<ReturnType<typeof createWorkspaceFromConfig>>;
const currentUser: CurrentUser = {
	id: 'editor',
	name: 'Redaktør',
	email: 'redaktor@example.no',
	role: 'editor',
	roles: [{ name: 'editor', title: 'Editor' }],
};
const NOW = new Date('2026-12-04T13:07:00Z');
let workspace: Workspace;

beforeAll(async () => {
	const client = createFakeClient(dataset);
	workspace = await createWorkspaceFromConfig({
		...config,
		currentUser,
		getClient: () => client,
	} as never);
});

/** A post of its own (the seed's summer greeting under a new slug). */
const fresh = (): StudioDocument => ({ ...summer(), slug: { _type: 'slug', current: 'ny-sak' } });

/** A stand-in for Sanity's publish action: records that it published, and the draft it saw. */
function fakePublish() {
	const published: Array<Record<string, unknown>> = [];
	const action = ((props: { draft: Record<string, unknown> }) => ({
		label: 'Publiser',
		onHandle: () => published.push({ ...props.draft }),
	})) as unknown as DocumentActionComponent;
	action.action = 'publish';
	return { action, published };
}

/** Runs `action` on `draft` as the Studio would: the patch lands on the draft, then publish runs. */
function publishDraft(action: DocumentActionComponent, draft: Record<string, unknown>) {
	const execute = vi.fn((patches: Array<{ set: Record<string, unknown> }>) => {
		for (const patch of patches) Object.assign(draft, patch.set);
	});
	const wrapped = withPublishTime(
		action,
		() => ({ patch: { execute } }),
		() => NOW,
	);
	const description = wrapped({ id: 'ny-sak', type: 'post', draft, published: null } as never);
	description!.onHandle!();
	return { wrapped, description, execute };
}

describe('publishTimePatch', () => {
	test.each([
		[{}, { publishedAt: NOW.toISOString() }],
		[{ publishedAt: '' }, { publishedAt: NOW.toISOString() }],
		[{ publishedAt: 'ikke en dato' }, { publishedAt: NOW.toISOString() }],
		[{ publishedAt: '2026-12-01T08:00:00Z' }, undefined],
		[{ publishedAt: '2099-01-01T08:00:00Z' }, undefined],
	])('%j → %j', (document, expected) => {
		expect(publishTimePatch(document, NOW)).toEqual(expected);
	});
});

describe('the post schema and templates', () => {
	test('a new post starts without a publish time, and that is no error', async () => {
		const template = workspace.templates.find((item) => item.id === 'post-newsletter')!;
		const value = await (template.value as (p: unknown, c: unknown) => unknown)({}, {});
		expect(value).toEqual({ kind: 'newsletter' });
		const draft: StudioDocument = { ...fresh(), _id: 'drafts.ny-sak' };
		delete draft.publishedAt;
		const markers = summarize(await validateInDataset(draft, dataset));
		expect(markers.filter((marker) => marker.path === 'publishedAt')).toEqual([]);
		expect(markers.filter((marker) => marker.level === 'error')).toEqual([]);
	});

	test('the help text says publishing fills it and a future time schedules', () => {
		const post = workspace.schema.get('post') as unknown as {
			fields: Array<{ name: string; type: { description?: string; initialValue?: unknown } }>;
		};
		const field = post.fields.find((f) => f.name === 'publishedAt')!;
		expect(field.type.initialValue).toBeUndefined();
		expect(field.type.description).toMatch(/fylles det med tidspunktet du trykker «Publiser»/);
		expect(field.type.description).toMatch(/fram i tid betyr at innlegget er planlagt/);
	});
});

describe('the publish action of a post', () => {
	test("the workspace wraps Sanity's publish action for posts, not for topics or settings", () => {
		const actions = (schemaType: string) =>
			workspace.document.actions({ schemaType, documentId: 'x' } as never);
		const postPublish = actions('post').find((action) => action.action === 'publish')!;
		expect(postPublish.displayName).toBe('PublishWithTimeAction');
		const topicPublish = actions('topic').find((action) => action.action === 'publish')!;
		expect(topicPublish.displayName).not.toBe('PublishWithTimeAction');
		expect(actions('postStatus')).toEqual([]);
	});

	test('fills an empty time with the moment of publishing, before it publishes', async () => {
		const { action, published } = fakePublish();
		const draft: Record<string, unknown> = { ...fresh(), _id: 'drafts.ny-sak' };
		delete draft.publishedAt;
		const { description, execute } = publishDraft(action, draft);
		expect(description!.label).toBe('Publiser');
		expect(execute).toHaveBeenCalledOnce();
		expect(published).toEqual([expect.objectContaining({ publishedAt: NOW.toISOString() })]);
		// The published post is valid for the Studio and for the site (publishedAt set).
		const markers = summarize(
			await validateInDataset({ ...draft, _id: 'ny-sak' } as never, dataset),
		);
		expect(markers.filter((marker) => marker.level === 'error')).toEqual([]);
	});

	test.each([
		['a hand-set past time', '2026-11-30T07:00:00Z'],
		['a future time (scheduled)', '2099-06-23T08:00:00Z'],
	])('keeps %s', (_name, time) => {
		const { action, published } = fakePublish();
		const { execute } = publishDraft(action, { ...summer(), publishedAt: time });
		expect(execute).not.toHaveBeenCalled();
		expect(published).toEqual([expect.objectContaining({ publishedAt: time })]);
	});

	test('passes on a disabled publish (nothing to publish) unchanged', () => {
		const disabled = (() => null) as unknown as DocumentActionComponent;
		disabled.action = 'publish';
		const wrapped = withPublishTime(disabled, () => ({ patch: { execute: vi.fn() } }));
		expect(wrapped({ id: 'x', type: 'post', draft: null, published: null } as never)).toBeNull();
		expect(wrapped.action).toBe('publish');
	});
});
