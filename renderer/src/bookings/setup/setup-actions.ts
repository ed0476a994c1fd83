/**
 * The set-up's changes, through the mutation layer: each needs `bookings.settings`, and the
 * layer asks a manager's approval itself when the member at the desk lacks it.
 */
import {
  deleteBookingException,
  putBookingException,
  putBookingSettings,
  putResource,
  putService,
} from '@domain/bookings/mutations';
import type { BookingException, BookingSettings, Resource, Service } from '@domain/bookings/schema';
import { mutate } from '../../db/mutate';
import type { VendorDb } from '../../db/vendor-db';

export const saveResource = (db: VendorDb, resource: Resource) =>
  mutate(db, putResource, { resource });

export const saveService = (db: VendorDb, service: Service) => mutate(db, putService, { service });

export const saveBookingSettings = (db: VendorDb, settings: BookingSettings) =>
  mutate(db, putBookingSettings, { settings });

export const saveException = (db: VendorDb, exception: BookingException) =>
  mutate(db, putBookingException, { exception });

export const removeException = (db: VendorDb, id: string) =>
  mutate(db, deleteBookingException, { id });
