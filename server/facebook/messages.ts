/** The Facebook poster's Norwegian lines (log and the editor's status), written once. */

const seconds = (ms: number) => Math.ceil(ms / 1000);

export const facebookLines = {
	posted: (title: string, postId: string) => `Postet «${title}» på Facebook (innlegg ${postId}).`,
	found: (title: string, postId: string) =>
		`«${title}» var allerede postet på Facebook (innlegg ${postId}); registrert uten å poste på nytt.`,
	refused: (title: string, reason: string) =>
		`Hoppet over «${title}»: ${reason} Innlegget prøves ikke igjen; de andre postes.`,
	retrying: (title: string, attempt: number, reason: string, ms: number) =>
		`Forsøk ${attempt} for «${title}» feilet: ${reason} Prøver igjen om ${seconds(ms)} s; de andre postes først.`,
	deferred: (title: string, reason: string) =>
		`«${title}» ble ikke postet nå: ${reason} Prøves igjen ved neste kjøring.`,
	nextRun: (reason: string) => `${reason} Prøves igjen etter neste bygg.`,
	tooOld: (days: number) =>
		`Ikke postet: mer enn ${days} dager siden innlegget ble publisert på nettstedet.`,
	skipped: (title: string, reason: string) => `«${title}»: ${reason}`,
	summary: (
		s: {
			posted: number;
			found: number;
			alreadyPosted: number;
			tooOld: number;
			refused: number;
			deferred: number;
		},
		days: number,
	) =>
		`${s.posted} nye innlegg postet på Facebook (${s.alreadyPosted} postet før, ${s.found} funnet på siden, ` +
		`${s.refused} avvist, ${s.deferred} venter, ${s.tooOld} eldre enn ${days} dager).`,
	dryRun: (due: number, alreadyPosted: number, tooOld: number, days: number) =>
		`Tørrkjøring: ${due} innlegg ville blitt postet (${alreadyPosted} postet før, ${tooOld} eldre enn ${days} dager). Ingenting er sendt; bruk --publish for å poste.`,
};
