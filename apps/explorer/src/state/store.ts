/**
 * A minimal store: one immutable state object, replaced by pure updates, with
 * subscribers told of each change. Views read the state and render; they
 * never mutate it.
 */
export type Listener<S> = (state: S, previous: S) => void;

export class Store<S extends object> {
  private state: S;
  private readonly listeners = new Set<Listener<S>>();

  constructor(initial: S) {
    this.state = initial;
  }

  get(): S {
    return this.state;
  }

  /** Applies an update (a partial state or a pure function of the state). */
  set(update: Partial<S> | ((state: S) => Partial<S>)): void {
    const previous = this.state;
    const patch = typeof update === "function" ? update(previous) : update;
    this.state = { ...previous, ...patch };
    for (const listener of this.listeners) listener(this.state, previous);
  }

  subscribe(listener: Listener<S>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
