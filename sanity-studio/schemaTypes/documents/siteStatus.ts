import { ActivityIcon } from '@sanity/icons/Activity';
import { defineField, defineType } from 'sanity';
import { statusPart } from '../../lib/status-fields';

/** The site-wide status (`status.site`, server/status/): the last build and the live site's age. */
export const siteStatus = defineType({
	name: 'siteStatus',
	title: 'Nettstedets status',
	type: 'document',
	icon: ActivityIcon,
	readOnly: true,
	fields: [
		statusPart('site', 'Siste bygg', [
			defineField({ name: 'liveSince', title: 'Bygget som er ute', type: 'datetime' }),
		]),
	],
});
