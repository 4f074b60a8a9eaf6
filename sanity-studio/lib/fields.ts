import { defineField } from 'sanity';
import { slugify } from '../../src/lib/slugify';
import { checkSlugFormat, messages } from './validation';

/** The slug field every routed type shares: generated from `source`, required, in URL form. */
export function slugField(opts: { source: string; description?: string; group?: string }) {
	return defineField({
		name: 'slug',
		title: 'Adresse (slug)',
		type: 'slug',
		...(opts.description ? { description: opts.description } : {}),
		...(opts.group ? { group: opts.group } : {}),
		options: { source: opts.source, slugify, maxLength: 96 },
		validation: (rule) => [
			rule.required().error(messages.slugRequired),
			rule.custom(checkSlugFormat),
		],
	});
}
