/**
 * The set-up forms' values and the rows they become. Each form's values go through the domain's
 * own zod schema before anything is saved; what the schema refuses comes back as problems named
 * by the form's field, so the form marks the field that is wrong, in the user's language, and
 * saves nothing.
 */
import type { z } from 'zod';
import {
  bookingExceptionSchema,
  bookingSettingsSchema,
  resourceSchema,
  serviceSchema,
  type BookingException,
  type BookingSettings,
  type Resource,
  type Service,
} from '@domain/bookings/schema';
import { newId } from '@domain/ids';
import { fenToYuanInput, parseYuanToFen } from '@domain/money';
import { weekdays, type OpeningHours, type Weekday } from '@domain/vendor';
import {
  parseWith as parseFormValues,
  type FieldName,
  type FieldProblem,
  type Parsed,
} from '../../components/form-values';

export type { FieldName, FieldProblem, Parsed } from '../../components/form-values';

/** The set-up forms' own words for what a domain refinement refused. */
const known: Record<string, string> = {
  party_range: 'partyRange',
  hours: 'hoursForClosed',
  prefix: 'prefix',
  'validation.time.clock': 'clock',
};

function parseWith<T>(
  schema: z.ZodType<T>,
  row: unknown,
  rename?: (path: FieldName) => FieldName,
  extra: FieldProblem[] = [],
): Parsed<T> {
  return parseFormValues(schema, row, { rename, extra, known });
}

export interface DayHours {
  open: boolean;
  opensAt: string;
  closesAt: string;
}

export function hoursToFields(hours: OpeningHours | null): Record<Weekday, DayHours> {
  return Object.fromEntries(
    weekdays.map((day) => {
      const first = hours?.[day][0];
      return [
        day,
        {
          open: hours ? Boolean(first) : true,
          opensAt: first?.open ?? '10:00',
          closesAt: first?.close ?? '20:00',
        },
      ];
    }),
  ) as Record<Weekday, DayHours>;
}

export function fieldsToHours(fields: Record<Weekday, DayHours>): OpeningHours {
  return Object.fromEntries(
    weekdays.map((day) => {
      const field = fields[day];
      return [day, field?.open ? [{ open: field.opensAt, close: field.closesAt }] : []];
    }),
  ) as unknown as OpeningHours;
}

// ---- Resources ----

export interface ResourceValues {
  kind: Resource['kind'];
  name: string;
  area: string;
  minParty: number | null;
  maxParty: number | null;
  combinable: boolean;
  serviceIds: string[];
  /** Staff: their own hours rather than the shop's. */
  ownHours: boolean;
  hours: Record<Weekday, DayHours>;
}

export function resourceValues(resource: Resource | null, kind: Resource['kind']): ResourceValues {
  const seats = kind === 'table' || kind === 'room';
  return {
    kind: resource?.kind ?? kind,
    name: resource?.name ?? '',
    area: resource?.area ?? '',
    minParty: resource?.minParty ?? (seats ? 2 : 1),
    maxParty: resource?.maxParty ?? (seats ? 4 : 1),
    combinable: resource?.combinable ?? kind === 'table',
    serviceIds: resource?.serviceIds ?? [],
    ownHours: Boolean(resource?.workingHours),
    hours: hoursToFields(resource?.workingHours ?? null),
  };
}

export function resourceFromValues(
  values: ResourceValues,
  base: Pick<Resource, 'id' | 'sort' | 'archived' | 'createdAt'>,
): Parsed<Resource> {
  const staff = values.kind === 'staff';
  const seats = values.kind === 'table' || values.kind === 'room';
  const row = {
    ...base,
    kind: values.kind,
    name: values.name,
    area: seats ? values.area : '',
    minParty: seats ? values.minParty : 1,
    maxParty: seats ? values.maxParty : 1,
    combinable: values.kind === 'table' && values.combinable,
    serviceIds: staff ? values.serviceIds : [],
    workingHours: staff && values.ownHours ? fieldsToHours(values.hours) : null,
  };
  // The range's refinement has no path of its own: it belongs at the larger number.
  return parseWith(resourceSchema, row, (path) =>
    path.length === 0 ? ['maxParty'] : path[0] === 'workingHours' ? ['hours'] : path,
  );
}

// ---- Services ----

export interface ServiceValues {
  nameZh: string;
  nameEn: string;
  durationMin: number | null;
  price: string;
  bufferAfterMin: number | null;
  resourceIds: string[];
  capacity: number | null;
}

export function serviceValues(service: Service | null): ServiceValues {
  return {
    nameZh: service?.name.zh ?? '',
    nameEn: service?.name.en ?? '',
    durationMin: service?.durationMin ?? 60,
    price: service ? fenToYuanInput(service.priceFen) : '',
    bufferAfterMin: service?.bufferAfterMin ?? 0,
    resourceIds: service?.resourceIds ?? [],
    capacity: service?.capacity ?? 1,
  };
}

export function serviceFromValues(
  values: ServiceValues,
  base: Pick<Service, 'id' | 'sort' | 'archived' | 'createdAt'>,
): Parsed<Service> {
  const price = parseYuanToFen(values.price ?? '');
  const extra: FieldProblem[] = price.ok
    ? []
    : [{ name: ['price'], problem: `money.${price.error}` }];
  const row = {
    ...base,
    name: { zh: values.nameZh ?? '', en: values.nameEn?.trim() ? values.nameEn : null },
    durationMin: values.durationMin,
    priceFen: price.ok ? price.fen : 0,
    bufferAfterMin: values.bufferAfterMin,
    resourceIds: values.resourceIds,
    capacity: values.capacity,
  };
  return parseWith(
    serviceSchema,
    row,
    (path) =>
      path[0] === 'name'
        ? [path[1] === 'en' ? 'nameEn' : 'nameZh']
        : path[0] === 'priceFen'
          ? ['price']
          : path,
    extra,
  );
}

// ---- Booking settings ----

export interface DepositRuleValues {
  id: string;
  minParty: number | null;
  weekdays: number[];
  /** Empty: all day. */
  from: string;
  to: string;
  serviceIds: string[];
  amount: string;
}

export type SettingsValues = Omit<BookingSettings, 'id' | 'updatedAt' | 'depositRules'> & {
  depositRules: DepositRuleValues[];
};

export function settingsValues(settings: BookingSettings): SettingsValues {
  const { id: _id, updatedAt: _updatedAt, depositRules, ...rest } = settings;
  return {
    ...rest,
    depositRules: depositRules.map((rule) => ({
      id: rule.id,
      minParty: rule.minParty,
      weekdays: rule.weekdays,
      from: rule.daypart?.from ?? '',
      to: rule.daypart?.to ?? '',
      serviceIds: rule.serviceIds,
      amount: fenToYuanInput(rule.amountFen),
    })),
  };
}

export const newDepositRule = (): DepositRuleValues => ({
  id: newId(),
  minParty: 6,
  weekdays: [],
  from: '',
  to: '',
  serviceIds: [],
  amount: '',
});

const emptyToNull = (text: string | null | undefined) => (text?.trim() ? text : null);
const nullable = (value: number | null | undefined) => (value === undefined ? null : value);

export function settingsFromValues(
  values: SettingsValues,
  base: Pick<BookingSettings, 'id'>,
  now: number,
): Parsed<BookingSettings> {
  const extra: FieldProblem[] = [];
  const depositRules = values.depositRules.map((rule, index) => {
    const amount = parseYuanToFen(rule.amount ?? '');
    if (!amount.ok)
      extra.push({ name: ['depositRules', index, 'amount'], problem: `money.${amount.error}` });
    const hasFrom = Boolean(rule.from);
    if (hasFrom !== Boolean(rule.to))
      extra.push({ name: ['depositRules', index, hasFrom ? 'to' : 'from'], problem: 'required' });
    return {
      id: rule.id,
      minParty: rule.minParty,
      weekdays: [...(rule.weekdays ?? [])].sort((a, b) => a - b),
      daypart: rule.from && rule.to ? { from: rule.from, to: rule.to } : null,
      serviceIds: rule.serviceIds ?? [],
      amountFen: amount.ok ? amount.fen : 1,
    };
  });
  const turnTimes = [...values.turnTimes].sort((a, b) => (a.maxParty ?? 0) - (b.maxParty ?? 0));
  turnTimes.forEach((turn, index) => {
    const earlier = turnTimes[index - 1];
    if (earlier && earlier.maxParty === turn.maxParty)
      extra.push({
        name: ['turnTimes', values.turnTimes.indexOf(turn), 'maxParty'],
        problem: 'duplicate',
      });
  });
  // Unchecked here: the schema below checks every field, a missing number included.
  const row = {
    ...values,
    id: base.id,
    pacing: {
      maxBookings: nullable(values.pacing.maxBookings),
      maxCovers: nullable(values.pacing.maxCovers),
    },
    turnTimes,
    depositRules,
    policyText: {
      zh: emptyToNull(values.policyText.zh),
      en: emptyToNull(values.policyText.en),
    },
    queueTypes: values.queueTypes.map((queue) => ({
      ...queue,
      prefix: (queue.prefix ?? '').trim().toUpperCase(),
      name: { zh: queue.name.zh ?? '', en: emptyToNull(queue.name.en) },
    })),
    reminders: {
      ...values.reminders,
      beforeStartMin: nullable(values.reminders.beforeStartMin),
    },
    messages: {
      ...values.messages,
      reminderBeforeMin: nullable(values.messages.reminderBeforeMin),
    },
    updatedAt: now,
  };
  return parseWith(
    bookingSettingsSchema,
    row,
    (path) => {
      if (path[0] === 'depositRules' && path[2] === 'amountFen')
        return [...path.slice(0, 2), 'amount'];
      if (path[0] === 'depositRules' && path[2] === 'daypart') return [...path.slice(0, 2), 'from'];
      if (path[0] === 'turnTimes' && typeof path[1] === 'number') {
        // The rows were sorted: name the row the user typed.
        const turn = turnTimes[path[1]];
        return ['turnTimes', turn ? values.turnTimes.indexOf(turn) : path[1], ...path.slice(2)];
      }
      return path;
    },
    extra,
  );
}

// ---- Exceptions ----

export interface ExceptionValues {
  date: string;
  kind: BookingException['kind'];
  opensAt: string;
  closesAt: string;
  label: string;
}

export function exceptionFromValues(
  values: ExceptionValues,
  base: Pick<BookingException, 'id' | 'createdAt'>,
): Parsed<BookingException> {
  const row = {
    ...base,
    date: values.date ?? '',
    kind: values.kind,
    hours:
      values.kind === 'hours' ? [{ open: values.opensAt ?? '', close: values.closesAt ?? '' }] : [],
    label: values.label ?? '',
    source: 'manual' as const,
    calendarId: null,
  };
  return parseWith(bookingExceptionSchema, row, (path) =>
    path[0] === 'hours' ? [path[2] === 'close' ? 'closesAt' : 'opensAt'] : path,
  );
}
