/** The publish loop's Norwegian log and status lines about builds, written once. */
import type { AtomicBuildResult } from '../../scripts/lib/atomic-build.ts';

const duration = (ms: number) =>
	ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`;

export const buildLines = {
	starting: (reasons: string[]) => `Bygger nettstedet (${reasons.join(', ') || 'ukjent grunn'}) …`,
	live: (id: string, seconds: number, log: string) =>
		`Nytt bygg ${id} er publisert (${seconds.toFixed(1)} s). Logg: ${log}`,
	locked: (ms: number) =>
		`En annen prosess bygger nettstedet nå; prøver igjen om ${Math.ceil(ms / 1000)} s.`,
	notStarted: (message: string) => `Bygget ble ikke startet: ${message}`,
	failedHeader: (result: AtomicBuildResult, log: string) =>
		`Bygget feilet (${result.step}, kode ${result.exitCode}); nettstedet er uendret. Logg: ${log}`,
	/** The one line the editor sees for a failed build. */
	failure: (result: AtomicBuildResult, lastLine: string | undefined, timeoutMs: number) => {
		const fault = lastLine?.includes('ENOSPC') ? 'disk-full' : result.fault;
		switch (fault) {
			case 'timeout':
				return `Bygget ble stoppet etter ${duration(timeoutMs)} (BUILD_TIMEOUT_MS); nettstedet er uendret.`;
			case 'disk-full':
				return 'Disken er full (ENOSPC); nettstedet er uendret. Frigjør plass og publiser på nytt.';
			case 'aborted':
				return 'Bygget ble avbrutt fordi publiseringsserveren stopper; nettstedet er uendret.';
			default:
				return lastLine
					? `${result.step === 'build' ? 'Bygget' : `Steget «${result.step}»`} feilet: ${lastLine}`
					: `Steget «${result.step}» feilet (kode ${result.exitCode}).`;
		}
	},
};
