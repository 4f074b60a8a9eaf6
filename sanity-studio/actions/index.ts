import type { DocumentActionComponent, DocumentActionsContext } from 'sanity';
import { SINGLETON_ACTIONS, SINGLETON_TYPES, STATUS_TYPES } from '../lib/constants';
import { withPublishTime } from './publish-with-time';

/** Types whose publish action fills an empty publish time (sanity-studio/lib/publish-time.ts). */
const TIMED_TYPES = new Set(['post']);

/**
 * The workspace's document actions: none on the server's status documents; singletons keep only publish/discard/restore; a post's publish
 * action sets «Publiseringstidspunkt» to the moment of publishing when it is empty.
 */
export function resolveDocumentActions(
	previous: DocumentActionComponent[],
	{ schemaType }: Pick<DocumentActionsContext, 'schemaType'>,
): DocumentActionComponent[] {
	if (STATUS_TYPES.has(schemaType)) return [];
	if (SINGLETON_TYPES.has(schemaType))
		return previous.filter(({ action }) => action !== undefined && SINGLETON_ACTIONS.has(action));
	if (TIMED_TYPES.has(schemaType))
		return previous.map((action) =>
			action.action === 'publish' ? withPublishTime(action) : action,
		);
	return previous;
}
