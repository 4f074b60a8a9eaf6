/**
 * docs/architecture.md's "May import" table as data, and the check of imports against it (used by
 * tests/unit/architecture.test.ts). A row: the room's name, its folders or files, the rooms it may
 * import, and the rooms whose types it may import; each row may name only rows above it.
 */
import type { Import } from './imports.ts';

export type Room = { name: string; folders: string[]; mayImport: string[]; typesOf: string[] };

const cells = (line: string) =>
	line
		.trim()
		.replace(/^\||\|$/g, '')
		.split('|')
		.map((c) => c.trim());
const names = (cell: string) => (cell === '–' ? [] : cell.split(',').map((n) => n.trim()));

/** The rows of the table under `## May import` in `markdown` (throws when there is none). */
export function parseRooms(markdown: string): Room[] {
	const section = markdown.split(/^## May import$/m)[1]?.split(/^## /m)[0];
	if (!section) throw new Error('docs/architecture.md has no "## May import" section');
	const rows = section.split('\n').filter((l) => l.startsWith('|'));
	// The header row and the separator row come first.
	return rows.slice(2).map((line) => {
		const [name, folders, mayImport, typesOf] = cells(line);
		return {
			name: name!,
			folders: [...folders!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!),
			mayImport: names(mayImport!),
			typesOf: names(typesOf!),
		};
	});
}

/** Rows that name a room below themselves or one the table does not have ("back-up arrows"). */
export function tableFaults(rooms: readonly Room[]): string[] {
	const index = new Map(rooms.map((r, i) => [r.name, i]));
	return rooms.flatMap((room, i) =>
		[...room.mayImport, ...room.typesOf].flatMap((other) => {
			const j = index.get(other);
			if (j === undefined) return [`${room.name} names a room the table lacks: ${other}`];
			return j < i ? [] : [`${room.name} may import ${other}, a room at or below it`];
		}),
	);
}

/** The room of a file or folder (relative to the root): the row with the longest matching folder. */
export function roomOf(rooms: readonly Room[], path: string): Room | undefined {
	let best: { room: Room; length: number } | undefined;
	for (const room of rooms)
		for (const folder of room.folders)
			if ((path === folder || path.startsWith(folder)) && folder.length > (best?.length ?? -1))
				best = { room, length: folder.length };
	return best?.room;
}

/** One line per import the table does not allow: `file:line: … → …`. */
export function importFaults(rooms: readonly Room[], imports: readonly Import[]): string[] {
	return imports.flatMap(({ file, line, target, typeOnly }) => {
		const from = roomOf(rooms, file);
		const to = roomOf(rooms, target);
		const where = `${file}:${line}`;
		if (!from) return [`${where}: ${file} is in no room of the table`];
		if (!to) return [`${where}: imports ${target}, which is in no room of the table`];
		if (from === to || from.mayImport.includes(to.name)) return [];
		if (typeOnly && from.typesOf.includes(to.name)) return [];
		const kind = typeOnly ? 'types of ' : '';
		return [`${where}: ${from.name} may not import ${kind}${to.name} (${target})`];
	});
}
