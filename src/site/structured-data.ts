/** JSON-LD objects (schema.org) for pages that have one. */
import type { Event, Post, Settings } from '../content/store.ts';
import { formatIsoOslo, osloDate } from '../lib/dates.ts';

/** NewsArticle for a post page; its image is the post's share image (the store's one choice). */
export function articleJsonLd(post: Post, settings: Settings) {
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: post.title,
		description: post.excerpt,
		datePublished: post.publishedAt,
		inLanguage: 'nb',
		mainEntityOfPage: post.url,
		...(post.share
			? {
					image: [
						{
							'@type': 'ImageObject',
							url: post.share.url,
							width: post.share.width,
							height: post.share.height,
						},
					],
				}
			: {}),
		publisher: { '@type': 'Organization', name: settings.organisation ?? settings.title },
		...(post.topics.length ? { keywords: post.topics.map((tp) => tp.title).join(', ') } : {}),
	};
}

/** schema.org Event: dates with Oslo offsets, attendance mode, Place and/or VirtualLocation. */
export function eventJsonLd(event: Event, settings: Settings) {
	const place = event.location?.name || event.location?.address;
	const online = Boolean(event.onlineUrl);
	const mode = place && online ? 'Mixed' : online ? 'Online' : 'Offline';
	const locations = [
		...(place
			? [
					{
						'@type': 'Place',
						name: event.location?.name ?? event.location?.address,
						...(event.location?.address
							? { address: { '@type': 'PostalAddress', streetAddress: event.location.address } }
							: {}),
					},
				]
			: []),
		...(online ? [{ '@type': 'VirtualLocation', url: event.onlineUrl }] : []),
	];
	const date = (iso: string, allDay: boolean) => (allDay ? osloDate(iso) : formatIsoOslo(iso));
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: event.title,
		startDate: date(event.start, event.allDay),
		...(event.end ? { endDate: date(event.end, event.allDay) } : {}),
		eventStatus: 'https://schema.org/EventScheduled',
		eventAttendanceMode: `https://schema.org/${mode}EventAttendanceMode`,
		...(locations.length ? { location: locations.length === 1 ? locations[0] : locations } : {}),
		...(event.summary ? { description: event.summary } : {}),
		url: event.url,
		inLanguage: 'nb',
		organizer: {
			'@type': 'Organization',
			name: settings.organisation ?? settings.title,
			url: settings.url,
		},
	};
}
