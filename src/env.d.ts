/** What a request carries besides Astro's own (`Astro.locals`, `context.locals`). */
declare namespace App {
	interface Locals {
		/** The live preview's store for this request only (preview/middleware.ts, content/store.ts storeOf). */
		store?: Promise<import('./content/store.ts').Store>;
	}
}
