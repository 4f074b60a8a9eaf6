/** Seasonal greetings: summer 2021–2026 and Christmas, retold from the seed texts. */
import { bullets, h2, p } from './portable-text.ts';
import type { PostSpec } from './types.ts';

export const greetings: PostSpec[] = [
	{
		id: 'post-god-sommer-2023',
		title: 'God sommer fra KS Trøndelag',
		slug: 'god-sommer-2023',
		kind: 'summerGreeting',
		publishedAt: '2023-06-23T08:00:00Z',
		excerpt:
			'Studieturene til Århus, samskaping, ungt utenforskap, TØRN, IA-arbeid og #valgløfte2023: vi ser tilbake på en travel vår i Trøndelag og ønsker alle en god sommer.',
		mainImage: {
			image: 'kommunedirektorene',
			alt: 'Regiondirektøren står sammen med kommunedirektørene fra Trøndelag i en stor gruppe utendørs.',
			caption:
				'Regiondirektør Annikken Kjær Haraldsen og kommunedirektørene i Trøndelag. Hvordan kan vi arbeide videre med Århuskompasset og samskapelse i Trøndelag?',
			credit: 'KS',
			hotspot: { x: 0.5, y: 0.45, width: 0.6, height: 0.5 },
		},
		body: [
			p(
				'Våren har vært begivenhetsrik. Høydepunktet var studieturene til Århus, der kommunalsjefer for helse og oppvekst, kommunedirektører og fylkesdirektører var med. Der sto **Århuskompasset** i sentrum: Hvilke utfordringer møter vi i morgen, og hvordan bør vi organisere oss for å møte dem?',
			),
			p(
				'Vi hadde gode samtaler om hva som preger kommuner som lykkes med samskaping, og om hvordan vi kan bygge en felles kultur. Nå ser vi fram til å finne ut sammen hvordan dette kan se ut i Trøndelag.',
			),
			h2('Mye på gang i regionen'),
			bullets(
				'**Fellesløft Trøndelag – ungt utenforskap**: ØYA-prosjektet har kommet langt og viser allerede resultater.',
				'**TØRN – sammen om fremtidens helse og omsorg**: både Skaun og Melhus er godt i gang.',
				'**IA-arbeidet**: sammen med flere parter jobber vi for inkluderende arbeidsplasser, godt arbeidsmiljø og lavt sykefravær.',
			),
			p(
				'Partssamarbeidet mellom ledere og tillitsvalgte er en suksessfaktor i IA-arbeidet. Visste du at alle arbeidsplasser kan inngå en lokal IA-avtale?',
			),
			{
				figure: {
					image: 'bentzen-brix',
					alt: 'Tina Øllgaard Bentzen og Jacob Brix står foran en forsamling og snakker.',
					caption:
						'Tina Øllgaard Bentzen og Jacob Brix skapte spennende diskusjoner om ledelse av samskapelse i offentlig sektor, og hvor er handlingsrommet?',
					credit: 'KS',
				},
			},
			p(
				'Frikommuneforsøket vakte også stor interesse. Statssekretær Gunn Karin Gjul i Kommunal- og distriktsdepartementet møtte engasjerte ordførere og kommunedirektører i Trøndelag og fortalte om regjeringens forsøksordning. Blir noen av kommunene i Trøndelag forsøkskommuner?',
			),
			h2('Valget nærmer seg'),
			p(
				'I fylkesstyret i KS Trøndelag har vi hatt gode diskusjoner om #valgløfte2023. Demokratiet skal være for alle, og vi sier tydelig nei til hets, mobbing og trakassering. Temaet ble fulgt opp på Framtidsfredag på Steinkjer, der NRKs Tone Sofie Aglen ledet en engasjerende debatt for fulle hus.',
			),
			p(
				'Til høsten kommer vi ut til alle kommunestyrene gjennom KS folkevalgtprogram, og vi gleder oss til å møte nye ordførere og kommunedirektører på Arena Trøndelag i november. Følg oss på [nettsiden](https://www.ks.no/) og Facebook for å få med deg det som skjer.',
			),
			p('**KS Trøndelag ønsker alle en riktig god sommer!**'),
		],
		topics: [
			'arhuskompasset',
			'samskaping',
			'fellesloft',
			'torn',
			'ia-arbeid',
			'frikommuneforsok',
			'valglofte2023',
			'folkevalgtprogrammet',
			'arena-trondelag',
		],
		municipalities: ['Skaun', 'Melhus', 'Steinkjer'],
		signature: 'Regiondirektør Annikken Kjær Haraldsen og alle oss i KS Trøndelag',
	},
	{
		id: 'post-god-sommer-2021',
		title: 'Sommerhilsen 2021: takk for et år med omstilling',
		slug: 'god-sommer-2021',
		kind: 'summerGreeting',
		publishedAt: '2021-06-24T08:00:00Z',
		excerpt:
			'Et år preget av pandemi og omstilling går mot sommer. Takk for innsatsen i kommunene og for alle svarene på debattheftet.',
		mainImage: {
			image: 'sommer-2021',
			alt: 'Sommerlandskap i Trøndelag med grønne åser og blå himmel.',
			caption: 'Sommer i Trøndelag.',
			credit: 'KS',
		},
		body: [
			p(
				'Koronapandemien har satt tjenestene i kommunene under press, og mange har stått i krevende omstilling. Takk for innsatsen, og takk for alle vedtakene dere sendte oss om debattheftet 2021.',
			),
			p(
				'Innspillene fra Trøndelag ble samlet i én uttalelse som fylkesmøtet vedtok i mars. Den er tatt med videre inn i arbeidet med strategikonferansene.',
			),
			p('Vi ønsker alle en god og velfortjent sommer!'),
		],
		topics: ['debattheftet'],
	},
	{
		id: 'post-god-sommer-2022',
		title: 'God sommer – og takk for samarbeidet',
		slug: 'god-sommer-2022',
		kind: 'summerGreeting',
		publishedAt: '2022-06-22T08:00:00Z',
		excerpt:
			'Endelig kunne vi møtes igjen. KS Trøndelag takker for et halvår med fysiske møter, nye nettverk og godt partssamarbeid.',
		mainImage: {
			image: 'sommer-2022',
			alt: 'Deltakere i samtale rundt et bord på en samling.',
			caption: 'Samling for kommunedirektørene våren 2022.',
			credit: 'KS',
		},
		body: [
			p(
				'Etter to år med skjerm kunne vi endelig møtes igjen. Våren har gitt oss samlinger, nye nettverk og gode diskusjoner om samskaping og arbeidsgiverpolitikk.',
			),
			p('Vi takker for samarbeidet og ønsker alle en god sommer!'),
		],
		topics: ['samskaping', 'ia-arbeid'],
	},
	{
		id: 'post-god-sommer-2024',
		title: 'Sommerhilsen fra KS Trøndelag 2024',
		slug: 'god-sommer-2024',
		kind: 'summerGreeting',
		publishedAt: '2024-06-21T08:00:00Z',
		excerpt:
			'Nye kommunestyrer er godt i gang, og arbeidet med Århuskompasset har fått fotfeste. Vi ønsker alle en god sommer.',
		mainImage: {
			image: 'sommer-2024',
			alt: 'Fjord og fjell i kveldssol.',
			caption: 'Sommerkveld ved fjorden.',
			credit: 'KS',
		},
		body: [
			p(
				'Det første året med nye kommunestyrer er snart omme. Gjennom folkevalgtprogrammet har vi møtt mange av dere, og arbeidet med Århuskompasset har fått fotfeste i flere kommuner.',
			),
			p('God sommer fra oss alle i KS Trøndelag!'),
		],
		topics: ['folkevalgtprogrammet', 'arhuskompasset'],
	},
	{
		id: 'post-god-sommer-2026',
		title: 'God sommer 2026',
		slug: 'god-sommer-2026',
		kind: 'summerGreeting',
		publishedAt: '2026-06-19T08:00:00Z',
		excerpt:
			'Et halvår med samskaping, TØRN og nye nettverk ligger bak oss. KS Trøndelag ønsker alle en riktig god sommer.',
		mainImage: {
			image: 'sommer-2026',
			alt: 'Bølgende kornåker og gårdstun i sommersol.',
			caption: 'Sommer i Innherred.',
			credit: 'KS',
		},
		body: [
			p(
				'Takk for et halvår med godt samarbeid. [TØRN-arbeidet](ref:topic-torn) er nå spredt til flere kommuner, og nettverket for samskaping har fått mange nye medlemmer. Les også om [samskaping i praksis](ref:post-samskaping-2024) i tre av kommunene.',
			),
			p('Vi ses til høsten – god sommer!'),
		],
		topics: ['torn', 'samskaping'],
		facebook: {
			share: true,
			message:
				'God sommer fra oss i KS Trøndelag! Takk til kommunene for et halvår med TØRN, samskaping & nye nettverk – vi ses i august.',
		},
	},
	{
		id: 'post-god-jul-2023',
		title: 'God jul fra KS Trøndelag',
		slug: 'god-jul-2023',
		kind: 'christmasGreeting',
		publishedAt: '2023-12-20T08:00:00Z',
		excerpt:
			'Takk for et valgår med mange nye folkevalgte, et fullsatt Arena Trøndelag og godt samarbeid. God jul og godt nytt år!',
		mainImage: {
			image: 'jul-2023',
			alt: 'Snødekte trær i vinterlys.',
			caption: 'Vinter i Trøndelag.',
			credit: 'KS',
		},
		body: [
			p(
				'Valgåret 2023 er snart over. Vi har ønsket mange nye ordførere og kommunedirektører velkommen, og Arena Trøndelag i november samlet fulle rader.',
			),
			p('Takk for samarbeidet i året som gikk. Vi ønsker alle en god jul og et godt nytt år!'),
		],
		topics: ['arena-trondelag', 'folkevalgtprogrammet'],
	},
];
