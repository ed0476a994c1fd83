/**
 * When another window upgrades a database's schema, this window must let go of it (or the
 * upgrade is blocked) and reload to run the new code against the new schema.
 */
import type Dexie from 'dexie';

const handlers: Array<() => void> = [];
let notified = false;

export function onSchemaUpgradeElsewhere(db: Dexie, reload: () => void): void {
  handlers.push(reload);
  watch(db);
}

/** Every database this window opens is watched, so any upgrade elsewhere reloads once. */
export function watch(db: Dexie): void {
  db.on('versionchange', () => {
    db.close();
    if (notified) return false;
    notified = true;
    for (const handler of handlers) handler();
    return false;
  });
}
