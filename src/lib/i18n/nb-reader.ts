/** Norwegian (bokmål) text of the reader-facing menu, deadlines page and front page (src/lib/i18n.ts). */
export const nbReader = {
	'nav.deadlines': 'Frister',
	'nav.newsletter': 'Nyhetsbrev',
	'nav.menu': 'Meny',
	'footer.browse': 'Finn saker',
	'deadlines.description':
		'Saker med svarfrist som ikke har gått ut ennå, med den nærmeste fristen først.',
	'deadlines.open': 'Åpne frister',
	'deadlines.none': 'Ingen åpne frister akkurat nå.',
	'deadlines.recent': 'Nylig utløpt',
	'deadlines.all': 'Alle frister',
	'deadlines.recentHelp': 'Frister som gikk ut de siste {days} dagene.',
	'event.allDay': 'hele dagen',
	'search.filtersActive': '({count} valgt)',
	'email.regards': 'Med vennlig hilsen',
	'home.greetingsArchive': 'Sommerhilsener år for år',
} as const;
