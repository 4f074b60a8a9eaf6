/** All Norwegian (bokmål) UI text, grouped by component. Read with `t('key', {vars})`. */
const nb = {
	'skipLink.label': 'Hopp til hovedinnhold',
	'nav.label': 'Hovedmeny',
	'nav.home': 'Forside',
	'nav.news': 'Nyheter',
	'nav.summerGreetings': 'Sommerhilsener',
	'nav.topics': 'Tema',
	'footer.feeds': 'Abonner',
	'footer.rss': 'RSS-feed for alle nyheter',
	'footer.archive': 'Arkiv',
	'footer.archiveYear': 'Arkiv {year}',
	'footer.about': 'Om nettstedet',
	'footer.accessibility': 'Tilgjengelighetserklæring',
	'breadcrumb.label': 'Brødsmulesti',
	'home.lead': 'Hovedsak',
	'home.latest': 'Siste nytt',
	'home.topics': 'Tema',
	'home.allNews': 'Alle nyheter',
	'news.title': 'Nyheter',
	'news.pageTitle': 'Nyheter – side {page} av {pages}',
	'news.description': 'Alle nyheter, hilsener og nyhetsbrev fra KS Trøndelag, nyeste først.',
	'pagination.label': 'Sidenavigasjon',
	'pagination.previous': 'Forrige side',
	'pagination.next': 'Neste side',
	'pagination.page': 'Side {page}',
	'pagination.current': 'Side {page} av {pages}',
	'post.publishedOn': 'Publisert',
	'post.topics': 'Tema',
	'post.municipalities': 'Gjelder kommuner',
	'post.contact': 'Kontaktperson',
	'post.deadline': 'Svarfrist',
	'post.email': 'E-post',
	'post.phone': 'Telefon',
	'post.permalink': 'Nettadresse: {url}',
	'kind.news': 'Nyhet',
	'kind.summerGreeting': 'Sommerhilsen',
	'kind.christmasGreeting': 'Julehilsen',
	'kind.newsletter': 'Nyhetsbrev',
	'figure.credit': 'Foto: {credit}',
	'attachment.meta': '{type}, {size}',
	'summer.title': 'Sommerhilsener',
	'summer.description': 'Sommerhilsener fra KS Trøndelag, år for år.',
	'summer.empty': 'Ingen sommerhilsener er publisert ennå.',
	'archive.title': 'Arkiv {year}',
	'archive.description': 'Alt KS Trøndelag publiserte i {year}.',
	'topics.title': 'Tema',
	'topics.description': 'Nyheter fra KS Trøndelag sortert etter tema.',
	'topic.postCount': '{count} saker',
	'topic.postCountOne': '1 sak',
	'topic.empty': 'Ingen saker om dette temaet ennå.',
	'notFound.title': 'Fant ikke siden',
	'notFound.text': 'Siden du lette etter finnes ikke, eller den er flyttet.',
	'notFound.home': 'Gå til forsiden',
	'a11y.title': 'Tilgjengelighetserklæring',
	'a11y.description':
		'Slik oppfyller nettstedet kravene til universell utforming, og slik gir du oss beskjed om feil.',
	'a11y.intro':
		'Vi ønsker at alle skal kunne bruke nettstedet, også med skjermleser, tastatur, forstørrelse eller på en liten skjerm. Her forteller vi hvordan nettstedet oppfyller kravene til universell utforming.',
	'a11y.conformanceHeading': 'Krav vi følger',
	'a11y.conformance':
		'Nettstedet skal oppfylle {standard}, som er kravet til offentlige nettsteder i Norge.',
	'a11y.testingHeading': 'Slik har vi testet',
	'a11y.testingIntro':
		'Ved hver endring av nettstedet kontrollerer automatiske tester én side av hver sidetype i nettleseren Chromium:',
	'a11y.test.axe': 'axe-core sjekker WCAG 2.1 nivå A og AA, både i lyst og mørkt fargetema.',
	'a11y.test.html': 'Nu Html Checker validerer HTML-koden på alle sidene.',
	'a11y.test.keyboard':
		'Tastaturtest: første tab går til lenken «Hopp til hovedinnhold», og alle lenker har synlig fokusmarkering.',
	'a11y.test.reflow':
		'Sidene kan leses uten sidelengs rulling på en 320 piksler bred skjerm og med tekst forstørret til 200 prosent.',
	'a11y.test.links': 'Alle interne lenker virker, og ingen forespørsler går til andre nettsteder.',
	'a11y.lastRun': 'Siste fullstendige kontroll ble gjort {date}.',
	'a11y.lighthouse':
		'Lighthouse på {page}: tilgjengelighet {accessibility}, SEO {seo} og beste praksis {bestPractices} av 100.',
	'a11y.suite': 'Nettlesertestene: {passed} av {total} besto.',
	'a11y.tools': 'Verktøy: {tools}.',
	'a11y.notRun': 'Den fullstendige kontrollen er ikke kjørt ennå.',
	'a11y.limitationsHeading': 'Kjente mangler',
	'a11y.noLimitations': 'Vi kjenner ikke til brudd på kravene. Gi oss beskjed hvis du finner noe.',
	'a11y.feedbackHeading': 'Gi tilbakemelding',
	'a11y.feedback':
		'Har du problemer med å bruke nettstedet, eller trenger du innhold i et annet format? Skriv til oss på',
	'a11y.feedbackNone': 'Har du problemer med å bruke nettstedet? Ta kontakt med KS Trøndelag.',
	'a11y.complaint': 'Får du ikke svar, eller er du ikke fornøyd med svaret, kan du klage til',
	'a11y.authority': 'Tilsynet for universell utforming av ikt',
	'feed.alternate': 'RSS – alle nyheter',
} as const;

export type I18nKey = keyof typeof nb;

/** Every key of the dictionary. */
export const I18N_KEYS = Object.keys(nb) as I18nKey[];

/** Looks up a UI string and fills `{name}` placeholders. */
export function t(key: I18nKey, vars: Record<string, string | number> = {}): string {
	return nb[key].replace(/\{(\w+)\}/g, (m, name: string) =>
		name in vars ? String(vars[name]) : m,
	);
}
