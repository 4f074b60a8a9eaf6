import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
	createWorkspaceFromConfig,
	getConfigContextFromSource,
	resolveInitialValue,
	type CurrentUser,
	type SanityClient,
} from 'sanity';
import { createStructureBuilder } from 'sanity/structure';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import config from '../../sanity-studio/sanity.config.ts';
import { structure } from '../../sanity-studio/structure/index.ts';
import { createFakeClient } from './helpers/fake-client.ts';
import { readTree } from './helpers/react-tree.ts';
import { loadSeedDocuments, type StudioDocument } from './helpers/seed.ts';
import { summarize, validateInDataset } from './helpers/validate.ts';

type Workspace = Awaited<ReturnType<typeof createWorkspaceFromConfig>>;
/** Serialized structure nodes, loosely typed: the tests read ids, titles, options and children. */
type Node = Record<string, any>;

const currentUser: CurrentUser = {
	id: 'editor',
	name: 'Redaktør',
	email: 'redaktor@example.no',
	role: 'editor',
	roles: [{ name: 'editor', title: 'Editor' }],
};

const dataset = loadSeedDocuments();
let workspace: Workspace;
let root: Node;

/** Resolves a list item's child (a builder, a node or an async resolver) to a serialized node. */
async function openChild(item: Node): Promise<Node> {
	const child = typeof item.child === 'function' ? await item.child(item.id, {}) : item.child;
	return typeof child?.serialize === 'function' ? child.serialize() : child;
}

const itemById = (list: Node, id: string) => list.items.find((item: Node) => item.id === id);

beforeAll(async () => {
	const client = createFakeClient(dataset);
	workspace = await createWorkspaceFromConfig({
		...config,
		currentUser,
		getClient: () => client as unknown as SanityClient,
	});
	const S = createStructureBuilder({
		source: workspace.unstable_sources[0]!,
		perspectiveStack: [],
	});
	root = (structure(S, S.context as never) as { serialize: () => Node }).serialize();
});

describe('structure', () => {
	test('lists the menu in the order editors use it', () => {
		expect(root.items.map((item: Node) => item.title ?? '—')).toEqual([
			'Nyheter',
			'Sommerhilsener',
			'Nyhetsbrev',
			'Arrangementer',
			'—',
			'Tema',
			'Kommuner',
			'Personer',
			'Mottakergrupper',
			'—',
			'Innstillinger',
			'Slik publiserer du',
		]);
	});

	test('Nyheter lists every post, newest first, with all four ways to start one', async () => {
		const list = await openChild(itemById(root, 'nyheter'));
		expect(list.options.filter).toBe('_type == $type');
		expect(list.options.params).toEqual({ type: 'post' });
		expect(list.options.defaultOrdering).toEqual([{ field: 'publishedAt', direction: 'desc' }]);
		expect(list.initialValueTemplates.map((item: Node) => item.templateId)).toEqual([
			'post',
			'post-summerGreeting',
			'post-christmasGreeting',
			'post-newsletter',
		]);
	});

	test('Sommerhilsener groups the greetings by year, newest first', async () => {
		const years = await openChild(itemById(root, 'sommerhilsener'));
		expect(years.items.map((item: Node) => item.title ?? '—')).toEqual([
			'2099',
			'2026',
			'2024',
			'2023',
			'2022',
			'2021',
			'—',
			'Uten dato',
		]);
		const year = await openChild(itemById(years, '2023'));
		expect(year.title).toBe('Sommerhilsener 2023');
		expect(year.options.params).toEqual({
			from: '2022-12-31T23:00:00Z',
			to: '2023-12-31T23:00:00Z',
		});
		expect(year.initialValueTemplates.map((item: Node) => item.templateId)).toEqual([
			'post-summerGreeting',
		]);
	});

	test('Nyhetsbrev lists newsletters only', async () => {
		const list = await openChild(itemById(root, 'nyhetsbrev'));
		expect(list.options.filter).toBe('_type == "post" && kind == "newsletter"');
		expect(list.initialValueTemplates.map((item: Node) => item.templateId)).toEqual([
			'post-newsletter',
		]);
	});

	test('Arrangementer lists upcoming events soonest first, then past ones newest first', async () => {
		const lists = await openChild(itemById(root, 'arrangementer'));
		expect(lists.items.map((item: Node) => item.title ?? '—')).toEqual([
			'Kommende',
			'Tidligere',
			'—',
			'Alle arrangementer',
		]);
		const upcoming = await openChild(itemById(lists, 'kommende-arrangementer'));
		expect(upcoming.options.filter).toBe(
			'_type == "event" && dateTime(coalesce(end, start)) >= now()',
		);
		expect(upcoming.options.defaultOrdering).toEqual([{ field: 'start', direction: 'asc' }]);
		const past = await openChild(itemById(lists, 'tidligere-arrangementer'));
		expect(past.options.filter).toBe('_type == "event" && dateTime(coalesce(end, start)) < now()');
		expect(past.options.defaultOrdering).toEqual([{ field: 'start', direction: 'desc' }]);
	});

	test('Innstillinger opens the one siteSettings document', async () => {
		const editor = await openChild(itemById(root, 'siteSettings'));
		expect(editor.options).toMatchObject({ id: 'siteSettings', type: 'siteSettings' });
	});

	test('Slik publiserer du opens a pane pointing at the editor’s guide', async () => {
		const pane = await openChild(itemById(root, 'veiledning'));
		expect(pane.type).toBe('component');
		expect(pane.title).toBe('Slik publiserer du');
		// Without SANITY_STUDIO_GUIDE_URL (as here) the guide is named as text, not linked.
		const { text, links } = readTree(pane.component());
		expect(links).toEqual([]);
		expect(text).toContain('Veiledningen ligger i prosjektets kodelager: docs/redaktor.md');
		expect(existsSync(join(import.meta.dirname, '../../docs/redaktor.md'))).toBe(true);
	});
});

describe('workspace', () => {
	test('offers «Ny nyhet» and the three post templates, none for the settings singleton', async () => {
		const titles = Object.fromEntries(workspace.templates.map(({ id, title }) => [id, title]));
		expect(titles).toMatchObject({
			post: 'Ny nyhet',
			'post-summerGreeting': 'Ny sommerhilsen',
			'post-christmasGreeting': 'Ny julehilsen',
			'post-newsletter': 'Nytt nyhetsbrev',
		});
		expect(workspace.templates.map((template) => template.schemaType)).not.toContain(
			'siteSettings',
		);
	});

	test.each([
		['post-summerGreeting', 'summerGreeting'],
		['post-christmasGreeting', 'christmasGreeting'],
		['post-newsletter', 'newsletter'],
	])('template %s sets kind %s and no publishing date (set when published)', async (id, kind) => {
		const template = workspace.templates.find((item) => item.id === id)!;
		const value = await (template.value as (params: unknown, context: unknown) => unknown)({}, {});
		expect(value).toEqual({ kind });
	});

	test('a new newsletter starts with the default credit and only the errors of an empty post', async ({
		onTestFinished,
	}) => {
		const source = workspace.unstable_sources[0]!;
		const template = workspace.templates.find((item) => item.id === 'post-newsletter')!;
		// The resolver schedules work with window.scheduler when there is one; a bare window will do.
		vi.stubGlobal('window', {});
		onTestFinished(() => {
			vi.unstubAllGlobals();
		});
		const value = await resolveInitialValue(
			workspace.schema,
			template,
			{},
			getConfigContextFromSource(source),
		);
		// The figure's credit comes from siteSettings.defaultCredit, so an empty figure exists.
		expect(value.mainImage).toEqual({ _type: 'figure', credit: 'KS' });
		const draft = { ...value, _id: 'drafts.ny', _type: 'post' } as StudioDocument;
		const markers = summarize(await validateInDataset(draft, dataset));
		// Nothing about the empty figure: only what an editor has not filled in yet.
		const errors = markers
			.filter((marker) => marker.level === 'error')
			.map((marker) => marker.path);
		expect(errors.sort()).toEqual(['body', 'slug', 'slug.current', 'title']);
	});

	test('cannot create, delete, duplicate or unpublish the settings singleton', () => {
		const newOptions = workspace.document.resolveNewDocumentOptions({ type: 'global' } as never);
		expect(newOptions.map((option) => option.templateId)).not.toContain('siteSettings');
		const actions = workspace.document
			.actions({ schemaType: 'siteSettings', documentId: 'siteSettings' } as never)
			.map((action) => action.action);
		expect(actions).toEqual(expect.arrayContaining(['publish', 'discardChanges']));
		for (const forbidden of ['delete', 'duplicate', 'unpublish']) {
			expect(actions).not.toContain(forbidden);
		}
	});

	test('previews a post with its main image, kind and date in Norwegian', () => {
		const preview = workspace.schema.get('post')!.preview!;
		const media = { _type: 'figure', asset: { _ref: 'image-abc-1x1-jpg' } };
		expect(
			preview.prepare!({
				title: 'God sommer fra KS Trøndelag',
				kind: 'summerGreeting',
				publishedAt: '2023-06-23T08:00:00Z',
				media,
			}),
		).toEqual({
			title: 'God sommer fra KS Trøndelag',
			subtitle: 'Sommerhilsen · 23. juni 2023',
			media,
		});
	});
});
