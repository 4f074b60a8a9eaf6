/** Seed topics: [slug, title, description]. */
export const TOPICS: Array<[string, string, string]> = [
	[
		'arhuskompasset',
		'Århuskompasset',
		'Hvordan møter vi morgendagens utfordringer, og hvilken organisering trenger vi? Erfaringer fra Århus.',
	],
	[
		'samskaping',
		'Samskaping',
		'Kommuner som lykkes med samskaping, og ledelse av samskapelse i offentlig sektor.',
	],
	[
		'fellesloft',
		'Fellesløft Trøndelag – ungt utenforskap',
		'Tidlig innsats og et helhetlig tilbud for unge, blant annet gjennom ØYA-prosjektet.',
	],
	[
		'torn',
		'TØRN – sammen om fremtidens helse og omsorg',
		'Nok folk og riktig kompetanse i helse- og omsorgstjenestene.',
	],
	['ia-arbeid', 'IA-arbeid', 'Inkluderende arbeidsliv, partssamarbeid og lavt sykefravær.'],
	[
		'valglofte2023',
		'#valgløfte2023',
		'Demokratiet skal være for alle: nei til hets, mobbing og trakassering av folkevalgte.',
	],
	[
		'frikommuneforsok',
		'Frikommuneforsøk',
		'Regjeringens forsøksordning for kommuner som vil prøve nye løsninger.',
	],
	[
		'folkevalgtprogrammet',
		'Folkevalgtprogrammet',
		'Opplæring for kommunestyrer og fylkesting etter valget.',
	],
	['debattheftet', 'Debattheftet', 'KS spør medlemmene før strategikonferansene.'],
	[
		'arena-trondelag',
		'Arena Trøndelag',
		'Møteplass for ordførere og kommunedirektører i Trøndelag.',
	],
];
