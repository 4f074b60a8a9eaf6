import { describe, expect, test } from 'vitest';
import { deadlineState } from '../../../../src/lib/deadline.ts';
import { feedItemExtras } from '../../../../src/site/feeds/item-extras.ts';

const now = new Date('2026-11-30T09:00:00Z');
const person = {
	_id: 'p',
	name: 'Kari <Nordvik>',
	role: 'Seniorrådgiver',
	email: 'kari@example.no',
	phone: '+4740000000',
	portrait: null,
};

describe('feedItemExtras', () => {
	test('adds an absolute, past deadline with "utløpt" and the contact person', () => {
		expect(
			feedItemExtras({ deadlineStatus: deadlineState('2021-03-01', now), contact: person }),
		).toBe(
			'<p><strong>Svarfrist:</strong> 1. mars 2021 (utløpt)</p>' +
				'<p><strong>Kontaktperson:</strong> Kari &lt;Nordvik&gt;, Seniorrådgiver<br>' +
				'E-post: <a href="mailto:kari@example.no">kari@example.no</a><br>' +
				'Telefon: <a href="tel:+4740000000">+47 400 00 000</a></p>',
		);
	});

	test('writes a coming deadline as a date only: the item is read later than it is built', () => {
		expect(
			feedItemExtras({ deadlineStatus: deadlineState('2026-12-12', now), contact: null }),
		).toBe('<p><strong>Svarfrist:</strong> 12. desember 2026</p>');
	});

	test('adds nothing to a post without deadline or contact, and leaves out missing details', () => {
		expect(feedItemExtras({ deadlineStatus: null, contact: null })).toBe('');
		expect(
			feedItemExtras({
				deadlineStatus: null,
				contact: { _id: 'x', name: 'Ola', role: null, portrait: null },
			}),
		).toBe('<p><strong>Kontaktperson:</strong> Ola</p>');
	});
});
