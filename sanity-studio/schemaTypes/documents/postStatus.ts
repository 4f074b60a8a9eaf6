import { ActivityIcon } from '@sanity/icons/Activity';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { statusPart } from '../../lib/status-fields';

const count = (name: string, title: string) => defineField({ name, title, type: 'number' });

/**
 * What the publish server reports about one post (`status.<postId>`, written by server/status/):
 * build, Facebook and newsletter. Read-only, no actions, not in the structure; shown on the post by
 * sanity-studio/components/PostStatusInput.tsx.
 */
export const postStatus = defineType({
	name: 'postStatus',
	title: 'Publiseringsstatus',
	type: 'document',
	icon: ActivityIcon,
	readOnly: true,
	fields: [
		defineField({
			name: 'post',
			title: 'Innlegg',
			type: 'reference',
			weak: true,
			to: [{ type: 'post' }],
		}),
		statusPart('publish', 'Nettstedet', [
			defineField({
				name: 'warnings',
				title: 'Advarsler',
				type: 'array',
				of: [defineArrayMember({ type: 'string' })],
			}),
		]),
		statusPart('facebook', 'Facebook', [
			defineField({ name: 'postId', title: 'Facebook-id', type: 'string' }),
		]),
		statusPart('newsletter', 'Nyhetsbrev', [
			count('queued', 'I kø'),
			count('sent', 'Sendt'),
			count('failed', 'Feilet'),
			count('bounced', 'Avvist'),
			count('uncertain', 'Usikre'),
		]),
	],
});
