/**
 * Every route the app registers, collected as it is registered (Fastify's onRoute hook), so the
 * standing fuzz and scope suites walk them all: a new route joins them by being registered, not
 * by being listed anywhere. A route says who may call it in its config (`access`); a route that
 * says nothing needs a token, and one with :vendorId in its path needs that vendor too.
 */
import type { FastifyInstance, RouteOptions } from 'fastify';

/** 'public': anyone (health, sign-in); 'session': a valid token; 'vendor': a token for :vendorId. */
export type RouteAccess = 'public' | 'session' | 'vendor';

export interface RegisteredRoute {
  method: string;
  /** As registered, with its parameters: '/v1/vendors/:vendorId/push'. */
  url: string;
  access: RouteAccess;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyInstance {
    registeredRoutes: readonly RegisteredRoute[];
  }
}

function accessOf(route: RouteOptions): RouteAccess {
  const declared = (route.config as { access?: RouteAccess } | undefined)?.access;
  if (declared) return declared;
  return route.url.includes(':vendorId') ? 'vendor' : 'session';
}

/** Call before any route is registered; hooks added later would miss the earlier routes. */
export function installRouteRegistry(app: FastifyInstance): void {
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routes.push({ method, url: route.url, access: accessOf(route) });
  });
}
