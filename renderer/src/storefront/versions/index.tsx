/**
 * Publishing and versions (the storefront as git): the publish bar above the editor, and the
 * versions tab with the history, diffs, rollback, schedules and the shop's address. Both take no
 * props; they read the active shop's storefront themselves.
 */
export { PublishBar } from './PublishBar';
export { VersionsTab } from './VersionsTab';
