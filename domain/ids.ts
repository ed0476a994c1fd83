/** IDs are made on the device (UUIDv7: time-ordered, collision-free), so records can be created offline. */
import { uuidv7 } from 'uuidv7';
import { z } from 'zod';

export const newId = (): string => uuidv7();

export const idSchema = z.uuid();
