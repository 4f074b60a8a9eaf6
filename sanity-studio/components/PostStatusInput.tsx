import { Card, Stack, Text } from '@sanity/ui';
import { getPublishedId, useClient, type ObjectInputProps } from 'sanity';
import { API_VERSION } from '../lib/constants';
import { describePostStatus, type StatusLine } from '../lib/post-status';
import { usePostStatus, type StatusClient } from './use-post-status';

function Line({ line }: { line: StatusLine }) {
	return (
		<Card padding={3} radius={2} tone={line.tone} border>
			<Text size={1}>{line.text}</Text>
		</Card>
	);
}

/**
 * The publish status of a post (issue 27, point 6): on the site, waiting for a build or the build
 * failed, the content report's warnings for it, and what Facebook and the newsletter did with it.
 * `now` is a seam for tests.
 */
export function PostStatusPanel(props: {
	client: StatusClient;
	documentId: string;
	now?: () => Date;
}) {
	const data = usePostStatus(props.client, getPublishedId(props.documentId));
	if (!data)
		return (
			<Text size={1} muted>
				Henter publiseringsstatus …
			</Text>
		);
	const view = describePostStatus(data.status, data.published, props.now?.());
	return (
		<Stack space={2} aria-live="polite" data-testid="post-status">
			<Line line={view.publish} />
			{view.warnings.length > 0 && (
				<Card padding={3} radius={2} tone="caution" border>
					<Stack space={2} as="ul">
						{view.warnings.map((warning) => (
							<Text as="li" size={1} key={warning}>
								{warning}
							</Text>
						))}
					</Stack>
				</Card>
			)}
			{view.facebook && <Line line={view.facebook} />}
			{view.newsletter && <Line line={view.newsletter} />}
		</Stack>
	);
}

/** The post's form with its publish status above the fields (the document's input component). */
export function PostStatusInput(props: ObjectInputProps) {
	const client = useClient({ apiVersion: API_VERSION }) as unknown as StatusClient;
	const id = (props.value as { _id?: string } | undefined)?._id;
	return (
		<Stack space={5}>
			{id && <PostStatusPanel client={client} documentId={id} />}
			{props.renderDefault(props)}
		</Stack>
	);
}
