import { defineField } from 'sanity';

/**
 * One read-only part of a status document (server/status/status-doc.ts): its state, when it
 * changed, a one-line message, and `extra` fields.
 */
export const statusPart = (
	name: string,
	title: string,
	extra: ReturnType<typeof defineField>[] = [],
) =>
	defineField({
		name,
		title,
		type: 'object',
		fields: [
			defineField({ name: 'state', title: 'Tilstand', type: 'string' }),
			defineField({ name: 'at', title: 'Tidspunkt', type: 'datetime' }),
			defineField({ name: 'message', title: 'Melding', type: 'string' }),
			...extra,
		],
	});
