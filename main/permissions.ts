/**
 * Which web permission the desktop grants, as plain functions of what Electron tells its two
 * handlers (security.ts wires them): the few the console uses (security-policy.ts), and the
 * camera for the redemption desk's QR scanner — `media` with video only, asked by the app's own
 * top frame. A microphone, a frame inside the page, any other origin or a request that does not
 * say what media it wants is denied.
 */
import { isAllowedOrigin } from './app-origin';
import { isPermissionGranted } from './security-policy';

/** What setPermissionRequestHandler's details carry that the decision reads. */
export interface PermissionRequestFacts {
  requestingUrl: string;
  isMainFrame?: boolean;
  /** For `media`: the kinds asked for ('video', 'audio'). */
  mediaTypes?: readonly string[];
}

/** What setPermissionCheckHandler's details carry that the decision reads. */
export interface PermissionCheckFacts {
  requestingUrl: string;
  isMainFrame?: boolean;
  /** For `media`: 'video', 'audio' or 'unknown'. */
  mediaType?: string;
}

function appTopFrame(
  facts: { requestingUrl: string; isMainFrame?: boolean },
  origins: readonly string[],
) {
  return facts.isMainFrame !== false && isAllowedOrigin(facts.requestingUrl, origins);
}

/** A page asks for a permission (getUserMedia, notifications, …): grant it or not. */
export function decidePermissionRequest(
  permission: string,
  facts: PermissionRequestFacts,
  allowedOrigins: readonly string[],
): boolean {
  if (permission === 'media') {
    const types = facts.mediaTypes ?? [];
    return (
      types.length > 0 &&
      types.every((type) => type === 'video') &&
      appTopFrame(facts, allowedOrigins)
    );
  }
  return isPermissionGranted(permission, facts.requestingUrl, allowedOrigins);
}

/** Chromium checks a permission without asking (device labels, permissions.query): answer it. */
export function decidePermissionCheck(
  permission: string,
  facts: PermissionCheckFacts,
  allowedOrigins: readonly string[],
): boolean {
  if (permission === 'media') {
    return facts.mediaType === 'video' && appTopFrame(facts, allowedOrigins);
  }
  return isPermissionGranted(permission, facts.requestingUrl, allowedOrigins);
}
