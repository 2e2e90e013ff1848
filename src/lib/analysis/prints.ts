// A table of word prints (a cheap fingerprint: first and last character and length, see hedges/sentence.ts
// printOf) for the rules that look each word of a text up in a list: one read of a bit table passes over
// a word that no word of the list can be, before any map is asked.

/** Slots of the table: prints are folded onto it, so two prints may share a slot (the look-up then decides). */
const SLOTS = 1 << 16;

export class PrintTable {
	private readonly bits = new Uint8Array(SLOTS);
	private readonly exact: ReadonlySet<number>;

	constructor(prints: Iterable<number>) {
		this.exact = new Set(prints);
		for (const p of this.exact) this.bits[p & (SLOTS - 1)] = 1;
	}

	/** False when no print of the table is this one; true may be a print that only shares its slot. */
	mayHave(print: number): boolean {
		return this.bits[print & (SLOTS - 1)] === 1;
	}

	has(print: number): boolean {
		return this.mayHave(print) && this.exact.has(print);
	}
}
