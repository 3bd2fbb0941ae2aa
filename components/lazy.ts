import { useEffect, useState } from 'preact/hooks';

/**
 * Code a page needs only after its first paint, or only sometimes (the picture's cross-fade, the
 * safety note's dialog): `load` is an `import()`, so the build gives that code a chunk of its own,
 * fetched the first time a component wants it rather than with the page. The returned hook gives
 * null until the module has loaded, then the module (at once, from then on, in every component).
 */
export function onUse<T>(load: () => Promise<T>): (wanted: boolean) => T | null {
  let loaded: T | null = null;
  return function useLoaded(wanted) {
    const [code, setCode] = useState(loaded);
    useEffect(() => {
      if (!wanted || code) return undefined;
      let live = true;
      void load().then((module) => {
        loaded = module;
        if (live) setCode(module);
      });
      return () => void (live = false);
    }, [wanted, code]);
    return code;
  };
}
