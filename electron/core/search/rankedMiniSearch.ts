import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';

/**
 * MiniSearch, with the best few answers to an every-word query read straight from its index.
 *
 * MiniSearch's own `search` scores every document each query word reaches, makes a result record
 * (with its matched terms) for each, and sorts them all; the sidebar shows fifty. In a library of
 * years of Vietnamese copy a short last word reaches nearly every article ("kinh te" completes to
 * tế, tên, tết, tem…), so a query made ~10,000 records to keep fifty. Measured (docs/benchmarks.md,
 * `search-10k`), MiniSearch's own answer takes 45–63 ms at p95 in a library of 10,000 articles,
 * over the 30 ms a query may take while the reporter types; this one 18 ms. It scores with the same
 * formula (BM25+, field boosts, prefix weights) and keeps a number per article and only the best
 * `limit`: the answer is the engine's own, in the same order with the same scores
 * (tests/core/searchRanking.test.ts holds the two side by side). One difference, on purpose: until
 * the engine tidies its index, the entries of replaced articles are not counted among a term's
 * documents (the engine counts them until it meets them), so the answer is already the one the
 * tidied index gives.
 *
 * It reads the index through the fields MiniSearch gives its subclasses (`protected`), as a
 * subclass; that test fails loudly if an upgrade changes them.
 */
export class RankedMiniSearch<T> extends MiniSearch<T> {
  /** Every document's field lengths, one flat array per field, and which documents are live; made again after changes. */
  private lengths: LengthTable | null = null;

  /**
   * An index saved with `toJSON`. MiniSearch's `loadJS` makes a plain MiniSearch; its state (every
   * field of a MiniSearch is the instance's own) moves into one of these.
   */
  static fromSnapshot<T>(snapshot: AsPlainObject, options: Options<T>): RankedMiniSearch<T> {
    return Object.assign(new RankedMiniSearch<T>(options), MiniSearch.loadJS<T>(snapshot, options), { lengths: null });
  }

  override add(document: T): void {
    this.lengths = null;
    super.add(document);
  }

  override remove(document: T): void {
    this.lengths = null;
    super.remove(document);
  }

  override discard(id: unknown): void {
    this.lengths = null;
    super.discard(id);
  }

  /** The documents holding every word, best first, at most `limit` of them. */
  rankEveryWord(words: readonly RankedWord[], options: RankingOptions): Ranked[] {
    if (words.length === 0 || options.limit <= 0) return [];
    const table = (this.lengths ??= this.lengthTable());
    const size = this._nextId;
    const { live } = table;
    // Articles replaced or removed since the engine last tidied its index leave entries behind.
    const dirty = this._dirtCount > 0;
    // How many of the words (in order) each document has matched, and its score so far.
    const matched = new Int32Array(size);
    const total = new Float64Array(size);
    const wordScore = new Float64Array(size);
    let alive: number[] = [];
    for (let w = 0; w < words.length; w++) {
      const word = words[w] as RankedWord;
      // Documents this word reached, in the order the engine meets them (its ties keep that order).
      const reached: number[] = [];
      const score = (data: FieldTermData | undefined, weight: number): void => {
        if (data === undefined) return;
        for (const field of word.fields) {
          const fieldId = this._fieldIds[field] as number;
          const freqs = data.get(fieldId);
          if (freqs === undefined) continue;
          const boost = options.boost[field] || 1;
          const avgLength = this._avgFieldLength[fieldId] as number;
          const matching = dirty ? liveCount(freqs, live) : freqs.size;
          const lengths = table.byField[fieldId] as Int32Array;
          for (const [doc, freq] of freqs) {
            if (live[doc] !== 1) continue;
            const seen = matched[doc] as number;
            if (seen !== w && seen !== w + 1) continue;
            const weighted = weight * boost * bm25(freq, matching, this._documentCount, lengths[doc] as number, avgLength);
            if (seen === w) {
              matched[doc] = w + 1;
              wordScore[doc] = weighted;
              reached.push(doc);
            } else {
              wordScore[doc] = (wordScore[doc] as number) + weighted;
            }
          }
        }
      };
      score(this._index.get(word.term), 1);
      if (word.prefix) {
        for (const [term, data] of this._index.atPrefix(word.term)) {
          const distance = term.length - word.term.length;
          if (distance === 0) continue;
          score(data, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance));
        }
      }
      for (const doc of reached) total[doc] = w === 0 ? (wordScore[doc] as number) : (total[doc] as number) + (wordScore[doc] as number);
      alive = reached;
      if (alive.length === 0) return [];
    }
    // The engine multiplies by how many different query terms matched: all of them, here.
    const quality = new Set(words.map((word) => word.term)).size;
    const best: { doc: number; score: number }[] = [];
    for (const doc of alive) {
      const score = (total[doc] as number) * quality;
      if (best.length === options.limit && score <= (best[best.length - 1] as { score: number }).score) continue;
      if (options.keep && !options.keep(this._storedFields.get(doc) ?? {})) continue;
      // After every equal score already kept: equal scores stay in the order they were met.
      let at = best.length;
      while (at > 0 && (best[at - 1] as { score: number }).score < score) at--;
      best.splice(at, 0, { doc, score });
      if (best.length > options.limit) best.pop();
    }
    return best.map(({ doc, score }) => ({ id: String(this._documentIds.get(doc)), score, stored: this._storedFields.get(doc) ?? {} }));
  }

  /**
   * The field lengths as flat arrays: the engine keeps them in a map of arrays, and reading them
   * there for each posting met is a few cache misses each, most of a query's time once other work
   * has left the index out of the processor's caches.
   */
  private lengthTable(): LengthTable {
    const size = this._nextId;
    const byField = Object.values(this._fieldIds).map(() => new Int32Array(size));
    const live = new Uint8Array(size);
    for (const [doc, lengths] of this._fieldLength) {
      live[doc] = 1;
      for (let field = 0; field < byField.length; field++) (byField[field] as Int32Array)[doc] = lengths[field] ?? 0;
    }
    return { byField, live };
  }
}

/** Term → field id → document short id → how often the term occurs in that field. */
type FieldTermData = Map<number, Map<number, number>>;

interface LengthTable {
  byField: Int32Array[];
  live: Uint8Array;
}

/** One query word as the engine is asked it: a term, in these fields, whole or as a prefix. */
export interface RankedWord {
  term: string;
  fields: readonly string[];
  prefix: boolean;
}

export interface RankingOptions {
  boost: Readonly<Record<string, number>>;
  /** Whether a document may be answered, from its stored fields. */
  keep?: ((stored: Record<string, unknown>) => boolean) | undefined;
  limit: number;
}

export interface Ranked {
  id: string;
  score: number;
  stored: Record<string, unknown>;
}

// MiniSearch's defaults (we set none of our own): BM25+ parameters and the weight of a completion.
const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;

/**
 * How many live documents hold the term in the field. The engine itself counts the entries left
 * by replaced articles until it meets them, which can make a term look commoner than every
 * document (and scores negative); counting only live ones ranks as the tidied index will.
 */
function liveCount(freqs: Map<number, number>, live: Uint8Array): number {
  let count = 0;
  for (const doc of freqs.keys()) count += live[doc] as number;
  return count;
}

/** BM25+ exactly as the engine writes it, so that scores come out the same to the last bit. */
function bm25(termFreq: number, matchingCount: number, totalCount: number, fieldLength: number, avgFieldLength: number): number {
  const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return invDocFreq * (D + (termFreq * (K + 1)) / (termFreq + K * (1 - B + (B * fieldLength) / avgFieldLength)));
}
