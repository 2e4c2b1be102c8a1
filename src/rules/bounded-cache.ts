/**
 * A memo for answers that depend only on their key (a text, a date, a count, a list of them):
 * screening and import ask the same few keys for every row of a file. Emptied when it holds
 * `max` keys, so a session that reads file after file never grows it without bound; after that
 * the answers are simply worked out again. One class, so every memo of the rules and the import
 * forgets the same way.
 */
export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  /** For a memo whose answer may itself be undefined. */
  has(key: K): boolean {
    return this.map.has(key);
  }

  /** Keeps `value` for `key` (emptying the memo first when it is full) and returns it. */
  set(key: K, value: V): V {
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(key, value);
    return value;
  }

  get size(): number {
    return this.map.size;
  }
}

interface ListNode<V> {
  value?: V;
  next?: Map<unknown, ListNode<V>>;
}

/**
 * A memo for answers that depend on a head (a minimum, a tag) and a list of values (texts,
 * numbers), looked up value by value: no key text is joined per question, which costs more than
 * the answer for the short lists screening asks about (client groups, disciplines, amounts).
 * Values are told apart as a Map tells keys apart (SameValueZero: 0 and -0 are one key, so a
 * caller keeps no answer that -0 would change). Emptied when it holds `max` answers.
 */
export class ListMemo<V> {
  private readonly root = new Map<unknown, ListNode<V>>();
  private size = 0;

  constructor(private readonly max: number) {}

  get(head: unknown, list: ArrayLike<unknown>): V | undefined {
    let node = this.root.get(head);
    for (let i = 0; node !== undefined && i < list.length; i++) node = node.next?.get(list[i]);
    return node?.value;
  }

  /** Keeps `value` (never undefined) for `head` and `list` (emptying the memo first when it is full) and returns it. */
  set(head: unknown, list: ArrayLike<unknown>, value: V): V {
    if (this.size >= this.max) {
      this.root.clear();
      this.size = 0;
    }
    let node = child(this.root, head);
    for (let i = 0; i < list.length; i++) node = child((node.next ??= new Map()), list[i]);
    if (node.value === undefined) this.size++;
    node.value = value;
    return value;
  }
}

function child<V>(map: Map<unknown, ListNode<V>>, key: unknown): ListNode<V> {
  let node = map.get(key);
  if (!node) map.set(key, (node = {}));
  return node;
}
