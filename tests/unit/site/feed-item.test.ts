import { describe, expect, test } from 'vitest';
import { deadlineState } from '../../../src/content/deadline.ts';
import { channelImage, feedItemExtras, plainImages } from '../../../src/site/feed-item.ts';

const now = new Date('2026-11-30T09:00:00Z');
const person = {
	_id: 'p',
	name: 'Kari <Nordvik>',
	role: 'Seniorrådgiver',
	email: 'kari@example.no',
	phone: '+4740000000',
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
			feedItemExtras({ deadlineStatus: null, contact: { _id: 'x', name: 'Ola', role: null } }),
		).toBe('<p><strong>Kontaktperson:</strong> Ola</p>');
	});
});

describe('plainImages', () => {
	test('unwraps <picture>, keeping the <img> and dropping its <source> elements', () => {
		const html =
			'<figure><picture><source type="image/avif" srcset="/a.avif 400w"><source type="image/webp" srcset="/a.webp 400w"><img src="/a.jpg" srcset="/a.jpg 400w" alt="A"></picture><figcaption>A</figcaption></figure>';
		expect(plainImages(html)).toBe(
			'<figure><img src="/a.jpg" srcset="/a.jpg 400w" alt="A"><figcaption>A</figcaption></figure>',
		);
	});
});

describe('channelImage', () => {
	const image = { url: '/bilder/logo-144x144-abc.png', width: 144, height: 144, type: 'image/png' };
	const logoImages = {
		header: { src: '', srcset: '', width: 1, height: 1 },
		touchIcon: image,
		icons: [],
		feed: image,
		publisher: image,
	};

	test('is the RSS 2.0 <image> with an absolute URL, the channel title and link, width and height', () => {
		expect(
			channelImage(
				{ url: 'https://trondelag.example.no', logoImages },
				{ title: 'KS', link: 'https://trondelag.example.no/' },
			),
		).toEqual({
			custom_elements: [
				{
					image: [
						{ url: 'https://trondelag.example.no/bilder/logo-144x144-abc.png' },
						{ title: 'KS' },
						{ link: 'https://trondelag.example.no/' },
						{ width: 144 },
						{ height: 144 },
					],
				},
			],
		});
	});

	test('is nothing without a logo', () => {
		expect(
			channelImage({ url: 'https://x.no', logoImages: null }, { title: 'KS', link: '' }),
		).toEqual({});
	});
});
