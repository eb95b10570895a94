import { shallowRef, watch, type Ref, type ShallowRef, type WatchSource } from 'vue';
import { ApiError } from '../api/client.js';

export type LoadState = 'loading' | 'ready' | 'error';

export interface Async<T> {
  state: Ref<LoadState>;
  data: ShallowRef<T | undefined>;
  error: ShallowRef<ApiError | undefined>;
  reload(): void;
}

/**
 * Loads `load()` now and again whenever a source changes; an answer that arrives after a newer
 * load started is dropped. `load` returning `undefined` means "not yet" (its inputs are loading).
 * The last answer stays shown while a newer one loads (no flicker on a reload), unless
 * `dropOnChange`: then a change of a source drops it, for pages where an answer about the unit or
 * year chosen before must not appear, even for a moment, under the one chosen now.
 */
export function useAsync<T>(load: () => Promise<T | undefined> | undefined, sources: WatchSource[] = [], options: { dropOnChange?: boolean } = {}): Async<T> {
  const state = shallowRef<LoadState>('loading');
  const data = shallowRef<T | undefined>();
  const error = shallowRef<ApiError | undefined>();
  let generation = 0;

  const run = () => {
    const mine = ++generation;
    state.value = 'loading';
    error.value = undefined;
    const pending = load();
    if (!pending) return;
    pending.then(
      (value) => {
        if (mine !== generation || value === undefined) return;
        data.value = value;
        state.value = 'ready';
      },
      (failure: unknown) => {
        if (mine !== generation) return;
        error.value = failure instanceof ApiError ? failure : new ApiError(failure instanceof Error ? failure.message : String(failure), 'INTERNAL', 0);
        state.value = 'error';
      },
    );
  };
  if (sources.length)
    watch(sources, () => {
      if (options.dropOnChange) data.value = undefined;
      run();
    });
  run();
  return { state, data, error, reload: run };
}
