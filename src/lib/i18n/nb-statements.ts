/** Norwegian (bokmål) text of the accessibility and privacy statements (src/lib/i18n.ts). */
export const nbStatements = {
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
		'Hva nettstedet og nyhetsbrevet lagrer om deg, hvorfor og hvor lenge, og hvordan du får innsyn eller blir slettet.',
	'privacy.intro':
		'Her forklarer vi hva som skjer med opplysninger om deg når du leser nyhetene fra {name}.',
	'privacy.storesHeading': 'Når du leser nettstedet',
	'privacy.stores':
		'Nettstedet bruker ikke informasjonskapsler (cookies), ingen analyseverktøy og ingen sporing. Det har ingen innlogging, og sidene henter ikke noe fra andre nettsteder, så ingen andre får vite hva du leser her. Det eneste skjemaet er påmeldingen til nyhetsbrevet.',
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
} as const;
