/**
 * What the newsletter's list of editions needs from the content (issue 28): the audiences,
 * validated once per build (their faults in the content report), and a post's attachments as
 * the files the build publishes (paths below the build folder).
 */
import { buildSlot } from '../build-state.ts';
import { ROLE_VALUES, type Role } from '../lib/roles.ts';
import { fileUrl } from '../sanity/asset-files.ts';
import { audiencesQuery } from '../sanity/queries.ts';
import {
	AUDIENCE_FALLBACKS,
	AUDIENCE_REQUIRED,
	audienceSchema,
	type Attachment,
} from '../sanity/schemas.ts';
import { validateDocuments } from '../sanity/validate.ts';
import { buildReport, contentSource } from './source.ts';
import type { Post } from './store.ts';

const present = <T>(items: ReadonlyArray<T | null> | null | undefined): T[] =>
	(items ?? []).filter((x): x is T => x !== null);
const isRole = (r: string): r is Role => (ROLE_VALUES as readonly string[]).includes(r);

/** The audiences: roles of the one list, municipalities by number, topics by slug. */
export const getAudiences = () =>
	buildSlot('content.audiences', async () => {
		const raw = (await (await contentSource()).fetch<unknown[]>(audiencesQuery)) ?? [];
		return validateDocuments(raw, audienceSchema, buildReport(), {
			type: 'audience',
			required: AUDIENCE_REQUIRED,
			fallbacks: AUDIENCE_FALLBACKS,
		}).map((a) => ({
			_id: a._id,
			slug: a.slug,
			title: a.title,
			roles: (a.roles ?? []).filter(isRole),
			municipalities: present(a.municipalities),
			allMunicipalities: a.allMunicipalities !== false,
			topics: present(a.topics),
		}));
	});

/** The post's self-hosted attachments: path below the build folder, title and file name. */
export function postAttachments(post: Pick<Post, 'bodyBlocks'>) {
	return post.bodyBlocks.flatMap((block) => {
		const a = (block ?? {}) as Partial<Attachment> & { _type?: string };
		if (a._type !== 'attachment' || !a.file) return [];
		const url = fileUrl(a.file);
		if (!url.startsWith('/')) return [];
		const filename = a.file.originalFilename ?? url.split('/').pop()!;
		return [{ title: a.title ?? '', path: url.slice(1), filename }];
	});
}
