import { defineField } from 'sanity';
import { slugify } from '../../src/lib/slugify';
import { PhoneInput } from '../components/PhoneInput';
import { checkPhone } from './phone';
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

/** A phone field: typed as people say it, stored in E.164 by PhoneInput ("+4791234567"). */
export function phoneField(opts: { name?: string; group?: string } = {}) {
	return defineField({
		name: opts.name ?? 'phone',
		title: 'Telefon',
		description: 'Skriv nummeret slik du sier det, f.eks. 912 34 567 eller +47 912 34 567.',
		type: 'string',
		...(opts.group ? { group: opts.group } : {}),
		components: { input: PhoneInput },
		validation: (rule) => rule.custom(checkPhone),
	});
}
