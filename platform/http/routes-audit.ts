/**
 * The shop's audit log of sensitive changes (platform/staff/audit-log.ts). Under the vendor
 * scope like push and pull: a token for this shop, or a provider linked to it.
 */
import type { FastifyInstance } from 'fastify';
import { auditQuerySchema, type AuditResponse } from '../../domain/staff/audit';
import type { Database } from '../db/database';
import { readAudit } from '../staff/audit-log';
import { parseOr400 } from './errors';

export function auditRoutes(scope: FastifyInstance, db: Database): void {
  scope.get('/audit', async (request): Promise<AuditResponse> => {
    const query = parseOr400(auditQuerySchema, request.query, 'query');
    return readAudit(db, request.vendorId!, query);
  });
}
