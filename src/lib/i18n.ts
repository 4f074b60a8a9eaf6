/** All Norwegian (bokmål) UI text, grouped by component. Read with `t('key', {vars})`. */
const nb = {
	'skipLink.label': 'Hopp til hovedinnhold',
	'nav.label': 'Hovedmeny',
	'nav.home': 'Forside',
	'nav.news': 'Nyheter',
	'nav.summerGreetings': 'Sommerhilsener',
	'nav.topics': 'Tema',
	'nav.municipalities': 'Kommuner',
	'nav.search': 'Søk',
	'footer.feeds': 'Abonner',
	'footer.rss': 'Følg nyhetene med RSS',
	'footer.archive': 'Arkiv',
	'footer.archiveYear': 'Arkiv {year}',
	'footer.archiveAll': 'Alle år',
	'footer.about': 'Om nettstedet',
	'footer.accessibility': 'Tilgjengelighetserklæring',
	'footer.privacy': 'Personvern',
	'footer.email': 'E-post',
	'footer.phone': 'Telefon',
	'footer.editor': 'Ansvarlig redaktør: {name}',
	'footer.facebook': '{name} på Facebook',
	'footer.mainSite': 'Gå til {host}',
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
	'post.allMunicipalities': 'Alle kommuner i Trøndelag',
	'post.municipalityCount': '{count} kommuner',
	'post.sender': 'Fra {name}',
	'post.email': 'E-post',
	'post.phone': 'Telefon',
	'post.permalink': 'Nettadresse: {url}',
	'kind.news': 'Nyhet',
	'kind.summerGreeting': 'Sommerhilsen',
	'kind.christmasGreeting': 'Julehilsen',
	'kind.newsletter': 'Nyhetsbrev',
	'figure.credit': 'Foto: {credit}',
	'attachment.meta': '{type}, {size}',
	'attachment.download': 'Last ned',
	'deadline.today': 'i dag',
	'deadline.tomorrow': 'i morgen',
	'deadline.daysLeft.one': 'om {count} dag',
	'deadline.daysLeft.other': 'om {count} dager',
	'deadline.expired': 'utløpt',
	'summer.title': 'Sommerhilsener',
	'summer.description': 'Sommerhilsener fra KS Trøndelag, år for år.',
	'summer.empty': 'Ingen sommerhilsener er publisert ennå.',
	'archive.title': 'Arkiv {year}',
	'archive.description': 'Alt KS Trøndelag publiserte i {year}.',
	'archive.indexTitle': 'Arkiv',
	'archive.indexDescription': 'Alt KS Trøndelag har publisert, år for år.',
	'archive.yearNav': 'Andre år',
	'archive.previousYear': 'Forrige år: {year}',
	'archive.nextYear': 'Neste år: {year}',
	'topics.title': 'Tema',
	'topics.description': 'Nyheter fra KS Trøndelag sortert etter tema.',
	'topic.postCount': '{count} saker',
	'topic.postCountOne': '1 sak',
	'topic.empty': 'Ingen saker om dette temaet ennå.',
	'topic.pageTitle': '{topic} – side {page} av {pages}',
	'topic.subscribe': 'Abonner på saker om {topic}',
	'topics.subscribe': 'Abonner på et tema',
	'municipalities.title': 'Kommuner',
	'municipalities.description':
		'Nyheter fra KS Trøndelag for hver kommune i Trøndelag og for fylkeskommunen.',
	'municipalities.intro':
		'Velg kommunen din for å se sakene som gjelder den. Saker som gjelder alle kommunene, står på hver kommune.',
	'municipalities.subscribe': 'Abonner på saker om kommunen din',
	'municipalities.letters': 'Forbokstav',
	'municipalities.county': 'Fylkeskommunen',
	'municipality.pageTitle': '{name} – side {page} av {pages}',
	'municipality.empty': 'Ingen saker om {name} ennå.',
	'municipality.subscribe': 'Abonner på saker om {name}',
	'municipality.number': 'Kommunenummer {number}.',
	'municipality.countyNumber': 'Fylkesnummer {number}.',
	'share.heading': 'Del saken',
	'share.facebook': 'Del på Facebook',
	'share.email': 'Send på e-post',
	'share.linkLabel': 'Lenke til saken',
	'share.copy': 'Kopier lenke',
	'share.copied': 'Lenken er kopiert.',
	'share.copyFailed': 'Kunne ikke kopiere. Lenken er merket, så du kan kopiere den selv.',
	'feeds.title': 'Abonner',
	'feeds.description':
		'Følg nyhetene fra KS Trøndelag i en nyhetsleser, eller send dem automatisk videre til Facebook eller et nyhetsbrev.',
	'feeds.whatHeading': 'Hva er en feed?',
	'feeds.what':
		'En feed (ofte kalt RSS) er en nettadresse med de nyeste sakene våre i et format som programmer kan lese. Når vi publiserer en sak, kommer den med i feeden. Du abonnerer ved å legge adressen inn i et program. Du trenger ikke oppgi e-postadressen din eller lage en konto hos oss.',
	'feeds.forMachines':
		'Adressene er laget for programmer. Åpner du en av dem i nettleseren, ser du bare kode.',
	'feeds.items': 'Hver feed har de {count} nyeste sakene.',
	'feeds.readerHeading': 'Slik følger du en feed',
	'feeds.reader1':
		'Velg en nyhetsleser. Det finnes gratis apper for mobil og nettbrett, og tjenester du bruker i nettleseren. Mange e-postprogrammer kan også lese feeder.',
	'feeds.reader2': 'Kopier adressen til feeden du vil følge, fra listen nedenfor.',
	'feeds.reader3': 'Velg «Legg til feed» eller «Abonner» i nyhetsleseren, og lim inn adressen.',
	'feeds.reader4': 'Nå kommer nye saker automatisk i nyhetsleseren.',
	'feeds.toolsHeading': 'Slik kobler du en feed til Facebook eller et nyhetsbrev',
	'feeds.toolsIntro':
		'Verktøy for automatisering og nyhetsbrev kan hente nye saker fra en feed og publisere dem videre. Oppskriften er omtrent den samme i alle verktøy:',
	'feeds.tools1':
		'Lag en ny automatisering som starter når det kommer en ny sak i en feed (ofte kalt «RSS» eller «nytt element i feed»).',
	'feeds.tools2': 'Lim inn adressen til feeden, for eksempel for et tema eller for kommunen din.',
	'feeds.tools3':
		'Velg hva som skal skje: publiser et innlegg på Facebook-siden, eller legg saken inn i neste nyhetsbrev.',
	'feeds.tools4':
		'Bruk feltene fra feeden: tittel, beskrivelse (ingressen) og lenke. Bildet til saken følger med som vedlegg («enclosure») og blir bildet i innlegget.',
	'feeds.tools5': 'Prøv med én sak før du slår automatiseringen på.',
	'feeds.listHeading': 'Alle feeder',
	'feeds.group.main': 'Alle nyheter',
	'feeds.group.topic': 'Tema',
	'feeds.group.municipality': 'Kommuner',
	'feeds.mainLabel': 'Alle nyheter',
	'feeds.jsonDescription':
		'De samme sakene i formatet JSON Feed, for verktøy og utviklere som foretrekker JSON.',
	'feeds.format.rss': 'RSS',
	'feeds.format.json': 'JSON Feed',
	'feeds.address': 'Adresse:',
	'search.title': 'Søk',
	'search.description': 'Søk i nyheter, hilsener og nyhetsbrev fra KS Trøndelag.',
	'search.label': 'Søk etter',
	'search.submit': 'Søk',
	'search.filters': 'Avgrens søket',
	'search.filter.topic': 'Tema',
	'search.filter.municipality': 'Kommune',
	'search.filter.kind': 'Type',
	'search.filter.year': 'År',
	'search.filter.all': 'Alle',
	'search.noScript':
		'Søket trenger JavaScript, som er slått av i nettleseren din. Du finner sakene også gjennom lenkene nedenfor.',
	'search.browse': 'Finn saker uten å søke',
	'search.browseNews': 'Alle nyheter, nyeste først',
	'search.browseTopics': 'Sakene sortert etter tema',
	'search.browseMunicipalities': 'Sakene for hver kommune',
	'search.browseArchive': 'Arkiv etter år:',
	'search.searching': 'Søker …',
	'search.none': 'Ingen treff på «{query}».',
	'search.one': 'Ett treff på «{query}».',
	'search.many': '{count} treff på «{query}».',
	'search.filtered': 'Saker som passer til valgene: {count}.',
	'search.unavailable':
		'Søket virker ikke akkurat nå. Prøv igjen senere, eller bruk lenkene nedenfor.',
	'notFound.title': 'Fant ikke siden',
	'notFound.text': 'Siden du lette etter finnes ikke, eller den er flyttet.',
	'notFound.home': 'Gå til forsiden',
	'a11y.title': 'Tilgjengelighetserklæring',
	'a11y.description':
		'Hva som fungerer for alle på nettstedet, hva som ikke gjør det ennå, og hvordan du sier fra.',
	'a11y.intro':
		'Vi vil at alle skal kunne lese nyhetene våre, enten du bruker skjermleser, tastatur, forstørrelse eller mobil. Her forteller vi hva som fungerer, hva vi ikke er ferdige med, og hvordan du sier fra.',
	'a11y.requirementsHeading': 'Hvilke krav gjelder?',
	'a11y.requirements':
		'Nettsteder i offentlig sektor skal være universelt utformet, slik at alle kan bruke dem. Vi følger {standard}, som loven krever.',
	'a11y.statementLink': 'Den offisielle erklæringen vår står på uustatus.no:',
	'a11y.statementLinkText': 'tilgjengelighetserklæringen for {name}',
	'a11y.statementNone':
		'Offentlige virksomheter publiserer den offisielle tilgjengelighetserklæringen sin på',
	'a11y.worksHeading': 'Dette fungerer',
	'a11y.works.keyboard':
		'Du kan bruke hele nettstedet med tastaturet. Den første lenken på hver side hopper rett til innholdet.',
	'a11y.works.screenReader':
		'Sidene fungerer med skjermleser: overskrifter, lister og lenker er merket, og bildene har en tekst som forteller hva de viser.',
	'a11y.works.zoom':
		'Du kan forstørre teksten til det dobbelte, og lese på en smal mobilskjerm, uten å måtte rulle sidelengs.',
	'a11y.works.contrast': 'Teksten har god kontrast, både i lyst og i mørkt fargetema.',
	'a11y.works.print':
		'Sakene kan skrives ut. Adressen til saken og til lenkene kommer med på papiret.',
	'a11y.limitationsHeading': 'Dette fungerer ikke ennå',
	'a11y.noLimitations': 'Vi kjenner ikke til brudd på kravene. Gi oss beskjed hvis du finner noe.',
	'a11y.feedbackHeading': 'Si fra hvis noe ikke virker',
	'a11y.feedback':
		'Får du ikke lest noe, eller trenger du innholdet i et annet format? Skriv til oss på',
	'a11y.feedbackNone': 'Har du problemer med å bruke nettstedet? Ta kontakt med KS Trøndelag.',
	'a11y.complaintHeading': 'Du kan klage',
	'a11y.complaint': 'Får du ikke svar, eller er du ikke fornøyd med svaret, kan du klage til',
	'a11y.authority': 'Tilsynet for universell utforming av ikt',
	'a11y.complaintAfter': 'Tilsynet kan kreve at vi retter feilen.',
	'a11y.testsHeading': 'Slik tester vi',
	'a11y.tests':
		'Nettstedet testes automatisk hver gang det endres. De tekniske detaljene står på en egen side:',
	'a11y.testsLink': 'testresultater for universell utforming',
	'a11y.results.title': 'Testresultater for universell utforming',
	'a11y.results.description':
		'De tekniske testene av universell utforming på nettstedet: verktøy, sider og resultater.',
	'a11y.results.intro':
		'Ved hver endring av nettstedet kontrollerer automatiske tester én side av hver sidetype i nettleseren Chromium:',
	'a11y.test.axe':
		'axe-core sjekker WCAG 2.1 nivå A og AA og EN 301 549, både i lyst og mørkt fargetema.',
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
	'a11y.backToStatement': 'Tilbake til tilgjengelighetserklæringen',
	'privacy.title': 'Personvern',
	'privacy.description':
		'Hva nettstedet lagrer om deg (ingenting), og hva som skjer når du abonnerer på RSS eller deler en sak.',
	'privacy.intro':
		'Her forklarer vi hva som skjer med opplysninger om deg når du leser nyhetene fra {name}.',
	'privacy.storesHeading': 'Vi lagrer ingenting om deg',
	'privacy.stores':
		'Nettstedet bruker ikke informasjonskapsler (cookies), ingen analyseverktøy og ingen sporing. Det har ingen innlogging og ingen skjemaer, og sidene henter ikke noe fra andre nettsteder, så ingen andre får vite hva du leser her.',
	'privacy.server':
		'Serveren som sender deg sidene, ser IP-adressen din slik alle nettsteder gjør, og kan føre en teknisk logg for drift og sikkerhet.',
	'privacy.feedsHeading': 'Når du abonnerer på RSS',
	'privacy.feeds':
		'RSS-leseren din henter en fil fra nettstedet med jevne mellomrom, på samme måte som når du åpner en side. Vi får ikke vite hvem som abonnerer, og feeden inneholder ingen sporing.',
	'privacy.sharingHeading': 'Når du deler en sak',
	'privacy.sharing':
		'Deler du lenken til en sak på Facebook, i e-post eller et annet sted, henter den tjenesten tittel, ingress og bilde fra saken. Nettstedet sender ingenting om deg dit; det er du som deler, og tjenestens egne personvernregler gjelder der.',
	'privacy.linksHeading': 'Lenker til andre nettsteder',
	'privacy.links':
		'Lenker til Facebook og andre nettsteder tar deg til tjenester med egne regler for personvern og informasjonskapsler.',
	'privacy.contactHeading': 'Når du kontakter oss',
	'privacy.contact':
		'Skriver du til oss eller ringer, bruker vi opplysningene dine bare til å svare deg. Spørsmål om personvern kan du sende til',
	'privacy.mainSite': 'Slik behandler {organisation} personopplysninger ellers, står på',
	'feed.alternate': 'RSS – alle nyheter',
	'feed.jsonAlternate': 'JSON Feed – alle nyheter',
	'feed.topicTitle': '{topic} – {site}',
	'feed.topicDescription': 'Nyheter fra KS Trøndelag om {topic}.',
	'feed.municipalityTitle': '{name} – {site}',
	'feed.municipalityDescription': 'Nyheter fra KS Trøndelag som gjelder {name}.',
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
