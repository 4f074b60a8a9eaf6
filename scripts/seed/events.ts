/**
 * Seed events, retold from the seed texts: the strategy conference of 2 March 2021 (with the
 * Debattheft deadline of 1 March), a Framtidsfredag debate in Steinkjer (spring 2023, per the summer
 * greeting), Arena Trøndelag in November 2023, and one event in 2028 so the upcoming list stays
 * filled for years. Places, times and addresses are invented where the seeds are silent.
 */
import { muniId, ref } from './builders.ts';
import { key, p } from './portable-text.ts';

type EventSpec = {
	id: string;
	title: string;
	slug: string;
	/** UTC instants (Oslo is UTC+1 in winter, UTC+2 in summer). */
	start: string;
	end?: string;
	allDay?: boolean;
	location?: { name: string; address: string };
	onlineUrl?: string;
	description: ReturnType<typeof p>[];
	registrationUrl?: string;
	registrationDeadline?: string;
	relatedPosts?: string[];
	topics: string[];
	municipalities?: string[];
	allMunicipalities?: boolean;
};

/** The specs; a function, so the `_key`s are drawn after the posts' (see builders.ts). */
const events = (): EventSpec[] => [
	{
		id: 'event-strategikonferansen-2021',
		title: 'Strategikonferansen og kommunalpolitisk toppmøte 2021',
		slug: 'strategikonferansen-2021',
		start: '2021-03-02T08:00:00Z',
		end: '2021-03-02T14:30:00Z',
		onlineUrl: 'https://www.ks.no/',
		description: [
			p(
				'Strategikonferansen holdes digitalt sammen med kommunalpolitisk toppmøte (KPT). Svarene på debattheftet fra kommunene og fylkeskommunen i Trøndelag er grunnlaget for debatten om omstilling og ungt utenforskap.',
			),
			p('Send vedtakene om debattheftet innen 1. mars, dagen før konferansen.'),
		],
		registrationUrl: 'https://www.ks.no/',
		registrationDeadline: '2021-03-01',
		relatedPosts: ['post-debattheft-2021', 'post-strategikonferansen-2021'],
		topics: ['debattheftet'],
		allMunicipalities: true,
	},
	{
		id: 'event-framtidsfredag-steinkjer-2023',
		title: 'Framtidsfredag på Steinkjer: demokrati uten hets',
		slug: 'framtidsfredag-steinkjer-2023',
		start: '2023-05-12T10:00:00Z',
		end: '2023-05-12T12:00:00Z',
		location: { name: 'Steinkjer kulturhus', address: 'Kulturhusplassen 1, 7713 Steinkjer' },
		description: [
			p(
				'Debatt om #valgløfte2023: demokratiet skal være for alle, og folkevalgte skal slippe hets, mobbing og trakassering. Tone Sofie Aglen fra NRK leder debatten.',
			),
		],
		relatedPosts: ['post-valglofte-2023', 'post-god-sommer-2023'],
		topics: ['valglofte2023'],
		municipalities: ['Steinkjer'],
	},
	{
		id: 'event-arena-trondelag-2023',
		title: 'Arena Trøndelag 2023',
		slug: 'arena-trondelag-2023',
		start: '2023-11-01T23:00:00Z',
		end: '2023-11-03T14:00:00Z',
		allDay: true,
		location: { name: 'Kongressenteret i Trondheim', address: 'Brattørkaia 1, 7010 Trondheim' },
		description: [
			p(
				'Møteplass for nye ordførere og kommunedirektører etter valget: to dager med folkevalgtrollen, samspillet med administrasjonen og regionale satsinger i Trøndelag.',
			),
		],
		registrationUrl: 'https://www.ks.no/',
		registrationDeadline: '2023-10-20',
		relatedPosts: ['post-arena-trondelag-2023', 'post-god-sommer-2023'],
		topics: ['arena-trondelag', 'folkevalgtprogrammet'],
		allMunicipalities: true,
	},
	{
		id: 'event-arena-trondelag-2028',
		title: 'Arena Trøndelag 2028',
		slug: 'arena-trondelag-2028',
		start: '2028-11-02T08:00:00Z',
		end: '2028-11-03T14:00:00Z',
		location: { name: 'Kongressenteret i Trondheim', address: 'Brattørkaia 1, 7010 Trondheim' },
		onlineUrl: 'https://www.ks.no/',
		description: [
			p(
				'Arena Trøndelag samler ordførere, kommunedirektører og tillitsvalgte; i år om samskaping, ungt utenforskap og TØRN. Programmet kommer, og deler av det strømmes; påmelding, hotell og reise ordner hver kommune selv.',
			),
		],
		registrationUrl: 'https://www.ks.no/',
		registrationDeadline: '2028-10-13',
		topics: ['arena-trondelag', 'samskaping'],
		allMunicipalities: true,
	},
];

/** The seed's event documents; call after the posts (keys come from the shared counter). */
export function eventDocuments(): object[] {
	return events().map((e) => ({
		_id: e.id,
		_type: 'event',
		_createdAt: '2026-11-25T12:00:00Z',
		_updatedAt: '2026-11-25T12:00:00Z',
		_rev: key('rev'),
		title: e.title,
		slug: { _type: 'slug', current: e.slug },
		start: e.start,
		...(e.end ? { end: e.end } : {}),
		allDay: e.allDay ?? false,
		...(e.location ? { location: e.location } : {}),
		...(e.onlineUrl ? { onlineUrl: e.onlineUrl } : {}),
		description: e.description,
		...(e.registrationUrl ? { registrationUrl: e.registrationUrl } : {}),
		...(e.registrationDeadline ? { registrationDeadline: e.registrationDeadline } : {}),
		...(e.relatedPosts ? { relatedPosts: e.relatedPosts.map(ref) } : {}),
		topics: e.topics.map((t) => ref(`topic-${t}`)),
		...(e.municipalities ? { municipalities: e.municipalities.map((m) => ref(muniId(m))) } : {}),
		allMunicipalities: e.allMunicipalities ?? false,
	}));
}
