import { useDocumentOperation, type DocumentActionComponent } from 'sanity';
import { publishTimePatch } from '../lib/publish-time';

type UseOperation = (
	id: string,
	type: string,
) => { patch: { execute(patches: Array<{ set: Record<string, unknown> }>): void } };

/**
 * Wraps Sanity's own publish action: before it publishes, an empty «Publiseringstidspunkt» is set
 * to the moment of publishing. Everything else (label, validation, disabled state, shortcut) is
 * the original's. `useOperation` and `clock` are seams for tests.
 * @see https://www.sanity.io/docs/studio/document-actions (recipe: set a value, then publish)
 */
export function withPublishTime(
	publish: DocumentActionComponent,
	useOperation: UseOperation = useDocumentOperation as unknown as UseOperation,
	clock: () => Date = () => new Date(),
): DocumentActionComponent {
	const action: DocumentActionComponent = (props) => {
		const description = publish(props);
		const { patch } = useOperation(props.id, props.type);
		if (!description) return description;
		return {
			...description,
			onHandle: () => {
				const value = publishTimePatch(props.draft ?? props.published, clock());
				// The patch lands on the draft before the publish reads it (both go through the same
				// document buffer, in order).
				if (value) patch.execute([{ set: value }]);
				description.onHandle?.();
			},
		};
	};
	action.action = publish.action;
	action.displayName = 'PublishWithTimeAction';
	return action;
}
