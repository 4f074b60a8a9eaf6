/**
 * Norwegian (bokmål) text of the newsletter: the sign-up page on the site, the publish server's
 * confirm and unsubscribe pages, and the confirmation e-mail (src/lib/i18n.ts).
 */
export const nbNewsletter = {
	'newsletter.title': 'Nyhetsbrev på e-post',
	'newsletter.description': 'Meld deg på nyhetsbrevet fra KS Trøndelag, og les tidligere utgaver.',
	'newsletter.intro':
		'Få sakene fra oss i innboksen. Du velger selv kommune, rolle og tema, og hver e-post har en lenke som melder deg av med ett klikk.',
	'newsletter.form.heading': 'Meld deg på',
	'newsletter.form.email': 'E-postadresse',
	'newsletter.form.name': 'Navn (valgfritt)',
	'newsletter.form.municipality': 'Kommune eller fylkeskommune (valgfritt)',
	'newsletter.form.municipalityNone': 'Ingen / annen organisasjon',
	'newsletter.form.role': 'Rolle (valgfritt)',
	'newsletter.form.roleNone': 'Ingen rolle valgt',
	'newsletter.form.topics': 'Tema du vil følge (valgfritt)',
	'newsletter.form.consent':
		'Jeg samtykker i at KS Trøndelag lagrer e-postadressen og valgene mine for å sende meg nyhetsbrevet.',
	'newsletter.form.privacy': 'Les hva vi lagrer og hvor lenge i personvernerklæringen.',
	'newsletter.form.submit': 'Meld meg på',
	'newsletter.form.afterSubmit':
		'Du får en e-post med en lenke du må åpne for å bekrefte påmeldingen.',
	'newsletter.past': 'Tidligere utgaver',
	'newsletter.pastEmpty': 'Ingen utgaver ennå.',
	'newsletter.checkMail.title': 'Sjekk e-posten din',
	'newsletter.checkMail.body':
		'Hvis adressen kan meldes på, har vi sendt en e-post med en lenke for å bekrefte påmeldingen. Lenken gjelder i sju dager.',
	'newsletter.confirm.title': 'Bekreft påmeldingen',
	'newsletter.confirm.body':
		'Trykk på knappen for å bekrefte at du vil ha nyhetsbrevet fra {site}.',
	'newsletter.confirm.button': 'Bekreft',
	'newsletter.confirmed.title': 'Du er påmeldt',
	'newsletter.confirmed.body':
		'Takk! Du får nyhetsbrevet fra neste utgave. Hver e-post har en lenke som melder deg av.',
	'newsletter.unsubscribe.title': 'Meld deg av nyhetsbrevet',
	'newsletter.unsubscribe.body': 'Trykk på knappen for å melde deg av nyhetsbrevet fra {site}.',
	'newsletter.unsubscribe.button': 'Meld meg av',
	'newsletter.unsubscribed.title': 'Du er meldt av',
	'newsletter.unsubscribed.body':
		'Du får ingen flere nyhetsbrev fra oss. Personvernerklæringen forteller hvordan du får se alt vi har lagret, eller blir slettet helt.',
	'newsletter.invalid.title': 'Lenken virker ikke',
	'newsletter.invalid.body':
		'Lenken er ugyldig eller utløpt. Du kan melde deg på igjen på nyhetsbrevsiden.',
	'newsletter.error.title': 'Påmeldingen ble ikke sendt',
	'newsletter.error.consent': 'Kryss av for samtykke for å melde deg på.',
	'newsletter.error.address': 'E-postadressen ser ikke riktig ut: {reason}.',
	'newsletter.limited.title': 'For mange forsøk',
	'newsletter.limited.body': 'Vent en stund og prøv igjen.',
	'newsletter.unavailable.title': 'Påmelding er ikke tilgjengelig',
	'newsletter.unavailable.body': 'Påmelding er ikke satt opp ennå. Prøv igjen senere.',
	'newsletter.back': 'Til nyhetsbrevsiden',
	'newsletter.privacyLink': 'Personvernerklæringen',
	'newsletter.confirmMail.subject': 'Bekreft påmeldingen til nyhetsbrevet fra {site}',
	'newsletter.confirmMail.body':
		'Noen, forhåpentligvis du, har bedt om nyhetsbrevet fra {site} til denne adressen. Åpne lenken og trykk «Bekreft». Lenken gjelder i sju dager.',
	'newsletter.confirmMail.ignore':
		'Har du ikke bedt om dette, kan du se bort fra e-posten. Da blir du ikke påmeldt, og adressen slettes etter sju dager.',
	'newsletter.oneClick.done': 'Avmeldt.',
	'privacy.newsletter.heading': 'Når du får nyhetsbrevet på e-post',
	'privacy.newsletter.what':
		'Vi lagrer e-postadressen din og det du har oppgitt: navn, kommune eller organisasjon, rolle og temaene du følger. I tillegg lagrer vi om du er påmeldt eller avmeldt, om adressen ikke virker, hvordan du kom på listen (påmeldingsskjemaet eller en rolleliste) og hvilke nyhetsbrev som er sendt til deg.',
	'privacy.newsletter.basis':
		'Melder du deg på selv, er grunnlaget samtykket ditt (personvernforordningen artikkel 6 nr. 1 a). Vi lagrer hvilken versjon av samtykketeksten du godtok, og når du bekreftet. Står du på en rolleliste vi fører for medlemmene våre, for eksempel som ordfører eller HR-leder, er grunnlaget vår berettigede interesse i å informere medlemmene (artikkel 6 nr. 1 f). Du kan melde deg av i hver e-post.',
	'privacy.newsletter.howLong':
		'Vi beholder opplysningene så lenge du får nyhetsbrevet. En påmelding du ikke bekrefter, slettes etter sju dager. Melder du deg av, sender vi ikke mer, men beholder adressen merket som avmeldt, så den ikke legges inn igjen fra en rolleliste. Ber du oss slette den, gjør vi det.',
	'privacy.newsletter.processor':
		'E-postene sendes gjennom {provider}, som behandler adressen din på våre vegne etter en databehandleravtale. Ellers ligger adressene bare i vår egen database, ikke i publiseringsverktøyet og ikke på nettstedet.',
	'privacy.newsletter.processorUnnamed':
		'E-postene sendes gjennom vår e-postleverandør, som behandler adressen din på våre vegne etter en databehandleravtale. Ellers ligger adressene bare i vår egen database.',
	'privacy.newsletter.noTracking':
		'Nyhetsbrevet har ingen sporingspiksel, og lenkene i det går rett til sidene, uten omveier. Vi vet derfor ikke hvem som åpner e-posten eller klikker på lenkene.',
	'privacy.newsletter.rights':
		'Du kan få en kopi av alt vi har lagret om deg, få det rettet eller bli slettet. Da sletter vi alt og beholder bare en kontrollsum av adressen, så den ikke legges inn igjen uten at du melder deg på selv. Skriv til',
	'privacy.newsletter.signup': 'Påmelding og avmelding:',
} as const;
