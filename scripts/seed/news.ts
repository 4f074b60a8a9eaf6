/** News posts and the Debattheft 2021 newsletter, retold from the seed texts. */
import { bullets, h2, p, quote } from './portable-text.ts';
import type { PostSpec } from './types.ts';

export const newsletter: PostSpec = {
	id: 'post-debattheft-2021',
	title: 'Debattheftet 2021 – KS spør: Omstilling i koronaens tid',
	slug: 'debattheftet-2021',
	kind: 'newsletter',
	publishedAt: '2020-12-11T09:11:45Z',
	excerpt:
		'Kommunene og fylkeskommunen i Trøndelag inviteres til å behandle debattheftet 2021 før strategikonferansen 2. mars. Send vedtakene til KS Trøndelag innen 1. mars 2021.',
	body: [
		p(
			'**Til ordførere og kommunedirektører i kommunene og fylkeskommunen i Trøndelag, og til HR- og personalledere**',
		),
		p(
			'Kommunene og fylkeskommunen i Trøndelag har lang tradisjon for å engasjere seg i det årlige debattheftet fra KS før strategikonferansene. Når formannskap eller kommunestyre gjør politiske vedtak om heftet, får KS viktige tilbakemeldinger fra medlemmene på sentrale spørsmål.',
		),
		p(
			'Med debattheftet 2021 og strategikonferansen 2. mars vil KS vite hvordan kommunesektoren best kan omstille seg for en ny tid. Strategikonferansen holdes sammen med KPT (kommunalpolitisk toppmøte), og mer informasjon kommer på [ks.no](https://www.ks.no/).',
		),
		p(
			'Årets hefte har ingen spørsmål om tariffoppgjøret 2021. Et eget debattgrunnlag om tariff sendes ut i god tid før strategikonferansene.',
		),
		h2('Hva handler heftet om?'),
		p(
			'Koronapandemien har satt tjenestetilbudet under press og forsterket utfordringer vi allerede sto overfor, som svekket økonomisk handlekraft og demografiske endringer. En del av løsningen er større lokalt handlingsrom.',
		),
		bullets(
			'Har kommunesektoren tilstrekkelig handlingsrom for omstilling?',
			'Hvordan kan vi sammen forhindre og bekjempe ungt utenforskap?',
		),
		p(
			'Utenforskap forebygges best gjennom tidlig innsats og et helhetlig tilbud som favner hele barnet. Mye gjøres allerede, men det kan og bør gjøres mer.',
		),
		h2('Slik gjør dere'),
		p(
			'Tilbakemeldingene fra kommunene og fylkeskommunen blir grunnlaget for uttalelsen fra Trøndelag. Den behandles i kommunedirektørutvalget og fylkesstyret før fylkesmøtet vedtar den i mars.',
		),
		p(
			'Send kommunale og fylkeskommunale vedtak så snart de er behandlet, og **senest 1. mars 2021**, på e-post til kontaktpersonen nedenfor.',
		),
		p(
			'Til HR- og personalledere: vi legger ved en mal dere kan bruke helt eller delvis. Skal andre enn dere saksbehandle debattheftet, kan dere sende malen videre i egen organisasjon. Debattheftet 2021 – KS spør er også publisert på [ks.no](https://www.ks.no/).',
		),
		{
			attachment: {
				file: 'debattheft-2021',
				title: 'Debattheft 2021',
				description: 'KS spør – Omstilling i koronaens tid',
			},
		},
		{
			attachment: {
				file: 'mal-debattheft-2021',
				title: 'Mal til sektoren om debattheft 2021',
				description: 'Forslag til saksframlegg, kan brukes helt eller delvis',
			},
		},
	],
	topics: ['debattheftet', 'fellesloft'],
	// Sent to every municipality and the county: one switch instead of the whole list.
	allMunicipalities: true,
	contact: 'person-kari-nordvik',
	deadline: '2021-03-01',
	// Sent as a newsletter to the HR leaders (the original e-mail's recipients).
	newsletter: {
		send: true,
		audiences: ['audience-hr-personalledere'],
		subject: 'Debattheft 2021 – KS spør',
	},
};

export const news: PostSpec[] = [
	newsletter,
	{
		id: 'post-strategikonferansen-2021',
		title: 'Strategikonferansen 2. mars: omstilling og ungt utenforskap',
		slug: 'strategikonferansen-2021',
		kind: 'news',
		publishedAt: '2021-02-15T09:00:00Z',
		excerpt:
			'Strategikonferansen og kommunalpolitisk toppmøte holdes 2. mars. Svarene på debattheftet fra Trøndelag er grunnlaget for debatten.',
		body: [
			p(
				'Strategikonferansen holdes 2. mars sammen med kommunalpolitisk toppmøte (KPT). [Svarene på debattheftet](ref:post-debattheft-2021) fra kommunene i Trøndelag blir grunnlaget for debatten om omstilling og ungt utenforskap.',
			),
			p(
				'Husk fristen for å sende vedtak: 1. mars. Tidligere hefter og uttalelser finner du under [Debattheftet](ref:topic-debattheftet).',
			),
		],
		topics: ['debattheftet'],
	},
	{
		id: 'post-studietur-arhus',
		title: 'Studietur til Århus: hva kan Trøndelag lære av Århuskompasset?',
		slug: 'studietur-arhus-2023',
		kind: 'news',
		publishedAt: '2023-05-12T10:00:00Z',
		excerpt:
			'Kommunedirektører, fylkesdirektører og kommunalsjefer for helse og oppvekst dro til Århus for å lære om organisering for morgendagens utfordringer.',
		body: [
			p(
				'I vår dro kommunedirektører, fylkesdirektører og kommunalsjefer for helse og oppvekst fra Trøndelag på studietur til Århus. Målet var å lære av Århuskompasset: hvordan kan vi møte morgendagens utfordringer, og hvilken organisering trenger vi da?',
			),
			quote('Kommunene som lykkes med samskaping, har en felles kultur for det.'),
			p('Neste steg er å finne ut sammen hvordan tankene kan tas i bruk i Trøndelag.'),
		],
		topics: ['arhuskompasset', 'samskaping'],
	},
	{
		id: 'post-ledelse-av-samskaping',
		title: 'Ledelse av samskapelse: hvor er handlingsrommet?',
		slug: 'ledelse-av-samskapelse',
		kind: 'news',
		publishedAt: '2023-06-02T10:00:00Z',
		excerpt:
			'Forskerne Tina Øllgaard Bentzen og Jacob Brix utfordret ledere i Trøndelag på hvordan samskapelse kan ledes i offentlig sektor.',
		body: [
			p(
				'Tina Øllgaard Bentzen og Jacob Brix skapte engasjerte diskusjoner om ledelse av samskapelse i offentlig sektor. Et hovedspørsmål var hvor handlingsrommet for lederne egentlig ligger.',
			),
		],
		topics: ['samskaping'],
	},
	{
		id: 'post-oya-prosjektet',
		title: 'ØYA-prosjektet gir resultater i arbeidet mot ungt utenforskap',
		slug: 'oya-prosjektet-resultater',
		kind: 'news',
		publishedAt: '2023-04-18T08:30:00Z',
		excerpt:
			'Gjennom Fellesløft Trøndelag – ungt utenforskap har ØYA-prosjektet kommet langt, og de første resultatene er synlige.',
		body: [
			p(
				'Fellesløft Trøndelag – ungt utenforskap samler kommuner og partnere om tidlig innsats for unge. ØYA-prosjektet har kommet langt, og de første resultatene er nå synlige.',
			),
		],
		topics: ['fellesloft'],
	},
	{
		id: 'post-torn-skaun-melhus',
		title: 'TØRN: Skaun og Melhus er godt i gang',
		slug: 'torn-skaun-melhus',
		kind: 'news',
		publishedAt: '2023-03-09T09:00:00Z',
		excerpt:
			'TØRN – sammen om fremtidens helse og omsorg – handler om å sikre nok folk og riktig kompetanse. Skaun og Melhus er blant kommunene som har kommet godt i gang.',
		body: [
			p(
				'TØRN – sammen om fremtidens helse og omsorg – handler om å sikre nok folk og riktig kompetanse i helse- og omsorgstjenestene. Skaun og Melhus er blant kommunene som har kommet godt i gang.',
			),
		],
		topics: ['torn'],
		municipalities: ['Skaun', 'Melhus'],
	},
	{
		id: 'post-lokal-ia-avtale',
		title: 'Visste du at alle arbeidsplasser kan inngå en lokal IA-avtale?',
		slug: 'lokal-ia-avtale',
		kind: 'news',
		publishedAt: '2023-02-14T09:00:00Z',
		excerpt:
			'Et godt partssamarbeid mellom ledere og tillitsvalgte er nøkkelen til inkluderende arbeidsplasser og lavt sykefravær.',
		body: [
			p(
				'Sammen med flere parter løfter KS Trøndelag IA-arbeidet. For å skape inkluderende arbeidsplasser med godt arbeidsmiljø og lavt sykefravær er partssamarbeidet mellom ledere og tillitsvalgte en suksessfaktor.',
			),
			p('Alle arbeidsplasser kan inngå en lokal IA-avtale.'),
		],
		topics: ['ia-arbeid'],
	},
	{
		id: 'post-valglofte-2023',
		title: '#valgløfte2023: nei til hets, mobbing og trakassering',
		slug: 'valglofte-2023',
		kind: 'news',
		publishedAt: '2023-05-26T08:00:00Z',
		excerpt:
			'Fylkesstyret i KS Trøndelag står bak #valgløfte2023. På Framtidsfredag på Steinkjer ble det debatt for fulle hus.',
		body: [
			p(
				'Demokratiet skal være for alle. Fylkesstyret i KS Trøndelag har diskutert #valgløfte2023 og sier klart nei til hets, mobbing og trakassering av folkevalgte.',
			),
			p(
				'Temaet ble fulgt opp på Framtidsfredag på Steinkjer, der NRKs Tone Sofie Aglen ledet en svært interessant debatt for fulle hus.',
			),
		],
		topics: ['valglofte2023'],
		municipalities: ['Steinkjer'],
	},
	{
		id: 'post-frikommuneforsok',
		title: 'Blir noen kommuner i Trøndelag frikommuner?',
		slug: 'frikommuneforsok',
		kind: 'news',
		publishedAt: '2023-04-27T11:00:00Z',
		excerpt:
			'Statssekretær Gunn Karin Gjul informerte ordførere og kommunedirektører om regjeringens forsøksordning for frikommuner.',
		body: [
			p(
				'Statssekretær Gunn Karin Gjul i Kommunal- og distriktsdepartementet møtte engasjerte ordførere og kommunedirektører i Trøndelag og informerte om regjeringens frikommuneforsøk.',
			),
		],
		topics: ['frikommuneforsok'],
	},
	{
		id: 'post-folkevalgtprogrammet-2023',
		title: 'Folkevalgtprogrammet kommer til alle kommunestyrene',
		slug: 'folkevalgtprogrammet-2023',
		kind: 'news',
		publishedAt: '2023-10-05T08:00:00Z',
		excerpt:
			'Etter valget besøker KS Trøndelag alle kommunestyrene med folkevalgtprogrammet. Ta kontakt for å avtale tidspunkt.',
		body: [
			p(
				'Etter valget kommer KS Trøndelag ut til alle kommunestyrene gjennom folkevalgtprogrammet. Programmet gir nye folkevalgte en god start på perioden.',
			),
			// A part in nynorsk, marked as such (the lang annotation).
			p(
				'Vi har ønsket de nye folkevalgte velkommen på nynorsk også: «{nn|Velkomne, nye ordførarar – vi møtest på Arena Trøndelag}». [Les saken på nynorsk](ref:post-velkomne-nye-ordforarar-2023).',
			),
		],
		topics: ['folkevalgtprogrammet'],
		facebook: { share: true },
	},
	{
		id: 'post-arena-trondelag-2023',
		title: 'Arena Trøndelag i november: møteplass for nye ordførere og kommunedirektører',
		slug: 'arena-trondelag-2023',
		kind: 'news',
		publishedAt: '2023-09-20T08:00:00Z',
		excerpt:
			'Arena Trøndelag samler nye ordførere og kommunedirektører i november. Programmet er snart klart.',
		body: [
			p(
				'I november inviterer KS Trøndelag nye ordførere og kommunedirektører til Arena Trøndelag. Programmet publiseres her og på Facebook.',
			),
		],
		topics: ['arena-trondelag'],
	},
	{
		id: 'post-partssamarbeid-2022',
		title: 'Nytt nettverk for partssamarbeid i Trøndelag',
		slug: 'nettverk-partssamarbeid-2022',
		kind: 'news',
		publishedAt: '2022-10-11T08:00:00Z',
		excerpt:
			'Ledere og tillitsvalgte fra tolv kommuner møttes til første samling i et nytt nettverk for partssamarbeid og nærvær.',
		body: [
			p(
				'Ledere og tillitsvalgte fra tolv kommuner møttes til første samling i et nytt nettverk for partssamarbeid og nærvær. Nettverket møtes fire ganger i året.',
			),
		],
		topics: ['ia-arbeid'],
	},
	{
		id: 'post-samskaping-2024',
		title: 'Samskaping i praksis: erfaringer fra tre kommuner',
		slug: 'samskaping-i-praksis-2024',
		kind: 'news',
		publishedAt: '2024-02-07T08:00:00Z',
		excerpt:
			'Tre kommuner i Trøndelag delte erfaringer med samskaping på en samling om Århuskompasset.',
		body: [
			p(
				'På en samling om Århuskompasset delte tre kommuner erfaringer med samskaping: hva fungerte, og hva ville de gjort annerledes?',
			),
			// An English report title, marked as English.
			p(
				'OECD skriver om tillit mellom innbyggere og offentlige institusjoner i rapporten «{en|Trust and Public Policy}» fra 2017.',
			),
		],
		topics: ['samskaping', 'arhuskompasset'],
		municipalities: ['Trondheim', 'Levanger', 'Orkland'],
		facebook: { share: true },
	},
];
