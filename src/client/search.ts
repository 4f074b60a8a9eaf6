/**
 * The search page's client script (one of the site's two allowed scripts, DESIGN.md): it shows the
 * form, reads the list of search indexes (/pagefind/indexes.json, newest years first: the index is
 * split by years so it can be built at any size, src/site/search-index.ts), loads the first one's
 * `pagefind.js` and merges the others into it (Pagefind's `mergeIndex`; CSP on /sok/ allows 'self'
 * and 'wasm-unsafe-eval'), searches as the reader types or picks a filter, and writes the results as
 * plain DOM (text only; Pagefind's excerpt marks become <mark> elements). The address keeps the
 * query (?q=…), so a search can be linked, and the WebSite SearchAction works.
 * Texts come from data attributes written by the page (src/lib/i18n.ts), never from here.
 */
type ResultData = { url: string; excerpt: string; meta: Record<string, string | undefined> };
type Pagefind = {
	init?: () => Promise<void>;
	mergeIndex: (path: string) => Promise<void>;
	search: (
		query: string | null,
		options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
	) => Promise<{ results: Array<{ data: () => Promise<ResultData> }> } | null>;
};

const MAX_RESULTS = 30;

/** Fills `{name}` placeholders of a text from the page. */
const fill = (text: string | undefined, vars: Record<string, string | number>) =>
	(text ?? '').replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

/** Pagefind's excerpt (escaped text with <mark>) as nodes, parsed in an inert document. */
function excerptNodes(html: string): Node[] {
	const body = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body;
	return [...(body.firstChild?.childNodes ?? [])].map((node) => {
		if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
		const mark = document.createElement('mark');
		mark.textContent = node.textContent;
		return mark;
	});
}

function resultItem(data: ResultData): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'search-result';
	const heading = document.createElement('h2');
	heading.className = 'search-result__title';
	const link = document.createElement('a');
	link.href = data.url;
	link.textContent = data.meta.title ?? data.url;
	heading.append(link);
	const meta = document.createElement('p');
	meta.className = 'search-result__meta';
	meta.textContent = [data.meta.kind, data.meta.date].filter(Boolean).join(' · ');
	const excerpt = document.createElement('p');
	excerpt.className = 'search-result__excerpt';
	excerpt.append(...excerptNodes(data.excerpt));
	item.append(heading, meta, excerpt);
	return item;
}

async function start(form: HTMLFormElement) {
	const text = form.dataset;
	const status = document.getElementById('search-status')!;
	const list = document.getElementById('search-results')!;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
	form.hidden = false;
	let pagefind: Pagefind;
	try {
		const root = text.bundle!;
		const [first, ...others] = (await (await fetch(`${root}indexes.json`)).json()).indexes;
		const bundle = `${root}${first}pagefind.js`;
		pagefind = await import(/* @vite-ignore */ bundle);
		await pagefind.init?.();
		// In this order: a search by filters alone lists the newest index's posts first.
		for (const other of others) await pagefind.mergeIndex(root + other);
	} catch {
		status.textContent = text.unavailable ?? '';
		return;
	}
	const params = new URLSearchParams(location.search);
	// What the reader typed or chose while the index loaded stays, unless the address says otherwise.
	input.value = params.get('q') ?? input.value;
	for (const select of selects) select.value = params.get(select.name) ?? select.value;

	// The folded filters say how many are chosen: «Avgrens søket (2 valgt)».
	const count = form.querySelector<HTMLElement>('[data-filter-count]');
	const folded = form.querySelector<HTMLElement>('[data-active]');
	const showCount = (n: number) => {
		if (count) count.textContent = n ? fill(folded?.dataset.active, { count: n }) : '';
	};

	let latest = 0;
	const search = async () => {
		const run = ++latest;
		const query = input.value.trim();
		const chosen = selects.filter((s) => s.value);
		showCount(chosen.length);
		const next = new URLSearchParams(query ? { q: query } : {});
		for (const s of chosen) next.set(s.name, s.value);
		history.replaceState(null, '', next.size ? `?${next}` : location.pathname);
		if (!query && !chosen.length) {
			list.replaceChildren();
			status.textContent = '';
			return;
		}
		status.textContent = text.searching ?? '';
		const filters = Object.fromEntries(chosen.map((s) => [s.dataset.filter!, s.value]));
		// A query is ranked by relevance; filters alone list the newest first.
		const sort = query ? {} : { date: 'desc' as const };
		const found = await pagefind.search(query || null, { filters, sort });
		if (!found || run !== latest) return;
		const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
		if (run !== latest) return;
		list.replaceChildren(...data.map(resultItem));
		const count = found.results.length;
		const key = !query ? 'filtered' : count === 0 ? 'none' : count === 1 ? 'one' : 'many';
		status.textContent = fill(text[key], { count, query });
	};
	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(search, 250);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void search();
	});
	for (const select of selects) select.addEventListener('change', () => void search());
	if (input.value || selects.some((s) => s.value)) await search();
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
if (form) void start(form);
