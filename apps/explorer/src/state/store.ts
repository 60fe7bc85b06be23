/**
 * A minimal store: one immutable state object, replaced by pure updates, with
 * subscribers told of each change. Views read the state and render; they
 * never mutate it.
 *
 * NOTE: an update made by a listener while listeners are being told is applied
 * at once but announced after the current round, so every listener sees each
 * change once, as a consistent (state, previous) pair.
 */
export type Listener<S> = (state: S, previous: S) => void;

export class Store<S extends object> {
  private state: S;
  private notified: S;
  private dispatching = false;
  private readonly listeners = new Set<Listener<S>>();

  constructor(initial: S) {
    this.state = initial;
    this.notified = initial;
  }

  get(): S {
    return this.state;
  }

  /** Applies an update (a partial state or a pure function of the state). */
  set(update: Partial<S> | ((state: S) => Partial<S>)): void {
    const patch = typeof update === "function" ? update(this.state) : update;
    this.state = { ...this.state, ...patch };
    if (this.dispatching) return;
    this.dispatching = true;
    try {
      while (this.state !== this.notified) {
        const previous = this.notified;
        const current = this.state;
        this.notified = current;
        for (const listener of this.listeners) listener(current, previous);
      }
    } finally {
      this.dispatching = false;
    }
  }

  subscribe(listener: Listener<S>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
