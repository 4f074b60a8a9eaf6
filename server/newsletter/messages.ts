/**
 * Every Norwegian line the newsletter prints or logs, written once (DEVELOPERS.md: messages'
 * wording in one module). No line carries a subscriber's address: rows are named by their line
 * number, recipients by counts.
 */
export const nl = {
	badRow: (file: string, line: number, reason: string) => `[import] ${file}:${line}: ${reason}`,
	unclosedQuote: 'anførselstegn som ikke lukkes; raden er hoppet over',
	noEmailColumn: (file: string) =>
		`[import] ${file}: fant ingen kolonne for e-post (forventet «e-post» eller «email» i første linje)`,
	unknownMunicipality: (value: string) =>
		`ukjent kommune «${value}» (bruk kommunenummer eller navn i Trøndelag)`,
	unknownRole: (value: string) => `ukjent rolle «${value}»`,
	noRole: 'rolle mangler',
	duplicateInFile: (first: number) => `samme adresse som linje ${first}; rollene er slått sammen`,
	unsubscribedKept: 'adressen har meldt seg av og blir ikke meldt på igjen av en import',
	forgottenKept:
		'adressen er slettet etter ønske; den legges ikke inn igjen av en import (bare ved ny påmelding)',
	importSummary: (
		s: { added: number; updated: number; unchanged: number; bad: number },
		dry: boolean,
	) =>
		`${dry ? '[prøvekjøring] ' : ''}${s.added} nye, ${s.updated} oppdatert, ${s.unchanged} uendret, ${s.bad} rader med feil.`,
	noSmtp: 'Sending er ikke satt opp: SMTP_URL mangler (se docs/newsletter.md). Ingenting er sendt.',
	noSecret:
		'NEWSLETTER_SECRET mangler: uten den kan ingen avmeldingslenke lages, og ingenting sendes.',
	noFrom: 'NEWSLETTER_FROM mangler: sett avsenderadressen (for eksempel nyhetsbrev@ks.no).',
	smtpDown: (detail: string) =>
		`SMTP-serveren svarer ikke (${detail}); utsendelsen står i kø og fortsetter ved neste forsøk.`,
	noManifest: (path: string) =>
		`Fant ikke listen over e-postutgaver (${path}): bygg nettstedet først (npm run build).`,
	staleManifest:
		'Listen over e-postutgaver hører ikke til bygget som er publisert; bygg nettstedet på nytt.',
	noPost: (slug: string) => `[nyhetsbrev] fant ingen publisert sak med slug «${slug}».`,
	noEdition: (id: string, slug: string) =>
		`[nyhetsbrev] post "${id}" → e-postutgave: saken «${slug}» har ingen e-postutgave i det publiserte bygget; ingenting er sendt.`,
	placeholderLeft: (id: string) =>
		`[nyhetsbrev] post "${id}" → e-postutgave: en {{…}}-plassholder ble ikke fylt ut; ingenting er sendt.`,
	noAudience: (id: string) =>
		`[nyhetsbrev] post "${id}" → newsletter.audiences: ingen mottakergrupper er valgt; ingenting er sendt.`,
	unknownAudience: (id: string, slug: string) =>
		`[nyhetsbrev] post "${id}" → newsletter.audiences: fant ikke mottakergruppen «${slug}».`,
	tooOldToSend: (slug: string, days: number) =>
		`«${slug}» er merket «Send som nyhetsbrev», men ble publisert for mer enn ${days} dager siden; den sendes bare med npm run newsletter -- send ${slug}.`,
	alreadySent: (slug: string, at: string) =>
		`Saken «${slug}» ble lagt i utsendelseskøen ${at}; bare nye mottakere får den nå.`,
	queued: (n: number, slug: string, dry: boolean) =>
		`${dry ? '[prøvekjøring] ' : ''}${n} mottakere i kø for «${slug}» (hver adresse én gang).`,
	progress: (c: {
		sent: number;
		failed: number;
		bounced: number;
		uncertain: number;
		queued: number;
	}) =>
		`${c.sent} sendt, ${c.bounced} avvist, ${c.failed} feilet, ${c.uncertain} usikre, ${c.queued} igjen i kø.`,
	uncertain: (n: number) =>
		`${n} meldinger kan ha blitt levert før et avbrudd (SMTP-serveren kan ha godtatt dem uten at det ble registrert). De sendes ikke på nytt av seg selv; send dem bevisst med --resend-uncertain.`,
	bounced: (code: number) =>
		`SMTP-serveren avviste adressen (kode ${code}); den får ikke flere e-poster.`,
	deferred: (code: number | string) =>
		`SMTP-serveren ba om å vente (${code}); prøver igjen senere.`,
	gaveUp: (attempts: number) => `ga opp etter ${attempts} forsøk`,
	noFile: (path: string) => `Fant ikke filen ${path}.`,
	testSent: (n: number) =>
		`Prøveutsendelse sendt til ${n} adresse(r); ingen abonnenter har fått den.`,
	testPrefix: '[Prøve]',
	testRefused: (code: number | string) => `SMTP-serveren avviste prøveutsendelsen (kode ${code}).`,
	unsubscribedReason: 'meldt av med lenken i e-posten',
	confirmMailFailed: (detail: string) => `Kunne ikke sende bekreftelses-e-post: ${detail}`,
	notFound: 'Fant ingen abonnent med den adressen.',
	forgotten:
		'Adressen er slettet; bare en kontrollsum er beholdt så den ikke legges inn igjen uten samtykke.',
	badAddress: (reason: string) => `Ugyldig adresse: ${reason}.`,
	usage: `Bruk: npm run newsletter -- <kommando>
  import FIL.csv [--dry-run]            importer en rolleliste (e-post;navn;kommunenummer;rolle)
  list                                  alle abonnenter (adresse, status, roller, kommune)
  stats                                 antall per status og grunnlag
  export ADRESSE                        alt som er lagret om én person (GDPR art. 15)
  forget ADRESSE                        slett personen (GDPR art. 17); bare en kontrollsum beholdes
  send SLUG [--audience SLUG ...] [--dry-run] [--resend-uncertain]
  test SLUG --to ADRESSE [--to ADRESSE ...]`,
} as const;
