/**
 * Items indexed by the token they start at (numbers, lexicon matches), in flat typed arrays: what the layers above
 * tokens look up token by token, without a Map keyed by token index.
 * @module tokenize/token-index
 */

/**
 * Items (lexicon matches, numbers) indexed by a token: an Int32Array of slots into one list (the item's index + 1,
 * 0 where none). Setting a token twice keeps the last item, like a Map; `keys()` and `values()` list tokens and items
 * in text order, computed once (the patterns walk them again and again).
 * @internal
 */
export class TokenIndex<T> {
  private readonly slot: Int32Array;
  private readonly items: T[] = [];
  /** The token of each item; while tokens are set in ascending order (no token twice), they are `keys()`. */
  private readonly tokens: number[] = [];
  private ascending = true;
  private keyList: number[] | undefined;
  private valueList: T[] | undefined;
  /**
   * An index over `n` tokens, or over `slots` (zeroed, one per token): a layer that builds several indexes per
   * document can give them views of one buffer (each typed array of its own is an allocation outside the heap).
   */
  constructor(n: number | Int32Array) {
    this.slot = typeof n === 'number' ? new Int32Array(n) : n;
  }
  set(i: number, item: T): void {
    if (i < 0 || i >= this.slot.length) return;
    const last = this.tokens.length > 0 ? this.tokens[this.tokens.length - 1]! : -1;
    if (i <= last) this.ascending = false;
    this.tokens.push(i);
    this.slot[i] = this.items.push(item);
    this.keyList = this.valueList = undefined;
  }
  get(i: number): T | undefined {
    if (i < 0 || i >= this.slot.length) return undefined;
    const s = this.slot[i]!;
    return s === 0 ? undefined : this.items[s - 1];
  }
  has(i: number): boolean {
    return i >= 0 && i < this.slot.length && this.slot[i] !== 0;
  }
  /** The tokens that hold an item, in text order. */
  keys(): readonly number[] {
    if (this.keyList) return this.keyList;
    // Set in text order, each token once (matches, the usual case): the tokens as set, without a pass over all slots.
    if (this.ascending) return (this.keyList = this.tokens.slice());
    const out: number[] = [];
    for (let i = 0; i < this.slot.length; i++) if (this.slot[i] !== 0) out.push(i);
    return (this.keyList = out);
  }
  /** Each item once, in the order of the first token it is set at. */
  values(): readonly T[] {
    if (this.valueList) return this.valueList;
    if (this.ascending) return (this.valueList = this.items.slice());
    const out: T[] = [];
    const seen = new Uint8Array(this.items.length + 1);
    for (let i = 0; i < this.slot.length; i++) {
      const s = this.slot[i]!;
      if (s !== 0 && !seen[s]) {
        seen[s] = 1;
        out.push(this.items[s - 1]!);
      }
    }
    return (this.valueList = out);
  }
}
