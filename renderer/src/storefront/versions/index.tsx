/**
 * Publishing and versions (the storefront as git): the publish bar above the editor, and the
 * versions tab with the history, diffs, rollback, schedules and the shop's address.
 */
export function PublishBar() {
  return null;
}

export function VersionsTab() {
  return null;
}
