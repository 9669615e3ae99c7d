// Helpers of the storage tests: watching and reading the shell's IndexedDB from inside the page.

// Init script: records every IndexedDB put as {store, at, key, text} in window.__puts.
export function recordPuts() {
  window.__puts = [];
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (value, key) {
    window.__puts.push({ store: this.name, at: performance.now(), key: key === undefined ? null : key,
                         text: value && typeof value.text === 'string' ? value.text : null });
    return put.apply(this, arguments);
  };
}

// Waits until no change waits to be saved and no save is under way; returns waymark.saveState().
export async function waitForSaved(page, { timeout = 5000 } = {}) {
  await page.waitForFunction(() => {
    const s = window.waymark.saveState();
    return !s.pending && !s.saving;
  }, null, { timeout, polling: 25 });
  return page.evaluate(() => window.waymark.saveState());
}

// Runs fn(stores, arg) inside one readwrite transaction on the shell's database, as a damaged
// disk or another program might; stores has plans, generations, quarantine and meta. Resolves
// to the result of the request fn returns (or fn's plain value).
export const idb = (page, fn, arg) => page.evaluate(([source, a]) => new Promise((resolve, reject) => {
  const open = indexedDB.open('waymark');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const names = ['plans', 'generations', 'quarantine', 'meta'].filter((n) => db.objectStoreNames.contains(n));
    const tx = db.transaction(names, 'readwrite');
    const stores = Object.fromEntries(names.map((n) => [n, tx.objectStore(n)]));
    const result = new Function('stores', 'arg', `return (${source})(stores, arg);`)(stores, a);
    tx.oncomplete = () => { db.close(); resolve(result instanceof IDBRequest ? result.result ?? null : result ?? null); };
    tx.onerror = () => reject(tx.error);
  };
}), [fn.toString(), arg]);

export const storedRecord = (page, id) => idb(page, (s, key) => s.plans.get(key), id);
