/**
 * Documents that break one Studio rule each, built from seed documents, with the marker the
 * Studio must show for them (posts; other types in rule-cases-other.ts). Used by rules.test.ts.
 */
import { loadSeedDocuments, type StudioDocument } from './seed.ts';

export const dataset = loadSeedDocuments();
/** A copy of a seed document, to break one rule in. */
export const byId = (id: string) => {
	const document = dataset.find((doc) => doc._id === id);
	if (!document) throw new Error(`Seed document ${id} is missing`);
	return structuredClone(document) as StudioDocument & Record<string, any>;
};

/** The summer greeting 2023: main image, body figure, links, topics and municipalities. */
export const summer = () => byId('post-god-sommer-2023');
/** The Debattheft newsletter: attachments, contact and deadline. */
export const newsletter = () => byId('post-debattheft-2021');

export const firstLinkBlock = (doc: Record<string, any>) =>
	doc.body.find((block: any) => block.markDefs?.length);
const firstOfType = (doc: Record<string, any>, type: string) =>
	doc.body.find((block: any) => block._type === type);

export type RuleCase = {
	rule: string;
	make: () => StudioDocument;
	level: 'error' | 'warning';
	path: string | RegExp;
	message: string;
};

export const ruleCases: RuleCase[] = [
	{
		rule: 'main image without alt text',
		make: () => {
			const doc = summer();
			delete doc.mainImage.alt;
			return doc;
		},
		level: 'error',
		path: 'mainImage.alt',
		message: 'Skriv en alternativ tekst, eller kryss av for at bildet er dekorativt.',
	},
	{
		rule: 'body figure with blank alt text',
		make: () => {
			const doc = summer();
			firstOfType(doc, 'figure').alt = '  ';
			return doc;
		},
		level: 'error',
		path: /^body\.\[_key=\w+\]\.alt$/,
		message: 'Skriv en alternativ tekst, eller kryss av for at bildet er dekorativt.',
	},
	{
		rule: 'excerpt of 400 characters',
		make: () => ({ ...summer(), excerpt: 'a'.repeat(400) }),
		level: 'error',
		path: 'excerpt',
		message: 'Ingressen kan ha høyst 300 tegn, ellers blir den kuttet i RSS og på Facebook.',
	},
	{
		rule: 'Facebook text of 501 characters',
		make: () => ({
			...summer(),
			facebook: { _type: 'facebookShare', share: true, message: 'a'.repeat(501) },
		}),
		level: 'error',
		path: 'facebook.message',
		message: 'Teksten til Facebook kan ha høyst 500 tegn.',
	},
	{
		rule: 'javascript: link',
		make: () => {
			const doc = summer();
			firstLinkBlock(doc).markDefs[0].href = 'javascript:alert(1)';
			return doc;
		},
		level: 'error',
		path: /^body\.\[_key=\w+\]\.markDefs\.\[_key=\w+\]\.href$/,
		message:
			'Lenken må begynne med https://, http://, mailto: eller tel:. Andre lenker vises ikke på nettsiden.',
	},
	{
		rule: 'duplicate slug (another post already uses it)',
		make: () => ({
			...newsletter(),
			_id: 'post-kopi',
			slug: { _type: 'slug', current: 'god-sommer-2023' },
		}),
		level: 'error',
		path: 'slug',
		message: 'Slug is already in use',
	},
	{
		rule: 'missing title',
		make: () => ({ ...summer(), title: '' }),
		level: 'error',
		path: 'title',
		message: 'Innlegget må ha en tittel.',
	},
	{
		rule: 'title over 70 characters',
		make: () => ({ ...summer(), title: 'Sommerhilsen '.repeat(6) }),
		level: 'warning',
		path: 'title',
		message:
			'Klarspråk: Titler over 70 tegn blir kuttet i søkeresultater og på Facebook. En kortere tittel, gjerne et spørsmål, når lenger.',
	},
	{
		rule: 'slug with æøå and spaces',
		make: () => ({ ...summer(), slug: { _type: 'slug', current: 'god sommer på Røros' } }),
		level: 'error',
		path: 'slug',
		message:
			'Adressen kan bare inneholde små bokstaver a–z, tall og bindestrek (æ, ø og å skrives ae, o og a).',
	},
	{
		rule: 'missing kind',
		make: () => {
			const doc = summer();
			delete doc.kind;
			return doc;
		},
		level: 'error',
		path: 'kind',
		message: 'Velg hva slags innlegg dette er.',
	},
	{
		rule: 'missing body',
		make: () => {
			const doc = summer();
			delete doc.body;
			return doc;
		},
		level: 'error',
		path: 'body',
		message: 'Brødteksten kan ikke være tom.',
	},
	{
		rule: 'body of one empty paragraph',
		make: () => ({
			...summer(),
			body: [
				{
					_type: 'block',
					_key: 'tom',
					style: 'normal',
					markDefs: [],
					children: [{ _type: 'span', _key: 'tom1', text: ' ', marks: [] }],
				},
			],
		}),
		level: 'error',
		path: 'body',
		message: 'Brødteksten kan ikke være tom.',
	},
	{
		rule: 'empty body',
		make: () => ({ ...summer(), body: [] }),
		level: 'error',
		path: 'body',
		message: 'Brødteksten kan ikke være tom.',
	},
	{
		rule: 'missing excerpt',
		make: () => {
			const doc = summer();
			delete doc.excerpt;
			return doc;
		},
		level: 'warning',
		path: 'excerpt',
		message: 'Skriv en ingress. Ellers brukes første avsnitt.',
	},
	{
		rule: 'figure without caption',
		make: () => {
			const doc = summer();
			delete doc.mainImage.caption;
			return doc;
		},
		level: 'warning',
		path: 'mainImage.caption',
		message: 'Bildetekst anbefales: den forteller leserne hvem og hva bildet viser.',
	},
	{
		rule: 'credit typed with "Foto:"',
		make: () => {
			const doc = summer();
			doc.mainImage.credit = 'Foto: KS';
			return doc;
		},
		level: 'warning',
		path: 'mainImage.credit',
		message: 'Skriv bare navnet: «Foto:» legges til automatisk og fjernes på nettsiden.',
	},
	{
		rule: 'post without topics',
		make: () => ({ ...summer(), topics: [] }),
		level: 'warning',
		path: 'topics',
		message: 'Velg minst ett tema, så finner leserne innlegget igjen.',
	},
	{
		rule: 'newsletter without contact person',
		make: () => {
			const doc = newsletter();
			delete doc.contact;
			return doc;
		},
		level: 'warning',
		path: 'contact',
		message: 'Nyhetsbrev bør ha en kontaktperson mottakerne kan svare.',
	},
	{
		rule: 'attachment without title',
		make: () => {
			const doc = newsletter();
			delete firstOfType(doc, 'attachment').title;
			return doc;
		},
		level: 'error',
		path: /^body\.\[_key=\w+\]\.title$/,
		message: 'Gi vedlegget en tittel.',
	},
	{
		rule: 'attachment of an unsupported file type',
		make: () => {
			const doc = newsletter();
			firstOfType(doc, 'attachment').file.asset._ref =
				'file-3f67acfe66a26f3b345e47c7d5b34d56975615c0-exe';
			return doc;
		},
		level: 'error',
		path: /^body\.\[_key=\w+\]\.file$/,
		message: 'Filtypen støttes ikke. Bruk PDF, docx, xlsx, pptx eller odt.',
	},
	{
		rule: 'body figure without an image',
		make: () => {
			const doc = summer();
			delete firstOfType(doc, 'figure').asset;
			return doc;
		},
		level: 'error',
		path: /^body\.\[_key=\w+\]$/,
		message: 'Velg et bilde, eller fjern bildeblokken.',
	},
	{
		rule: 'seo description over 160 characters',
		make: () => ({ ...summer(), seo: { _type: 'seo', description: 'x'.repeat(161) } }),
		level: 'warning',
		path: 'seo.description',
		message: 'Hold beskrivelsen under 160 tegn, ellers kuttes den i forhåndsvisninger.',
	},
];
