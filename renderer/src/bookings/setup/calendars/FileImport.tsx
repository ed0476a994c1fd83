/**
 * Importing a calendar file: choose it, see what it gives (the closed days, or how many busy
 * times), then import it as one change. A file that is not a calendar says so here, in the
 * user's language, before anything is saved.
 */
import { useId, useState } from 'react';
import { Alert, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  closedDaysOf,
  importWindow,
  parseCalendar,
  type CalendarEvent,
  type IcalError,
  type ImportTarget,
} from '@domain/bookings/ical/import';
import { useActiveVendor } from '../../../vendors/use-vendor';
import { fileCalendarId, importFile } from './actions';
import { useShopZone } from '../../../vendors/use-vendor';

type Read =
  | { state: 'idle' }
  | { state: 'error'; error: IcalError | 'readFailed' }
  | { state: 'read'; fileName: string; events: CalendarEvent[] }
  | { state: 'imported'; count: number };

export function FileImport({
  target,
  kind,
}: {
  /** Null while no staff member is chosen (busy times). */
  target: ImportTarget | null;
  kind: 'closedDays' | 'busy';
}) {
  const { t } = useTranslation('bookings');
  const { db, vendorId } = useActiveVendor();
  const timeZone = useShopZone();
  const [read, setRead] = useState<Read>({ state: 'idle' });
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const inputId = useId();

  const onFile = async (file: File | undefined) => {
    setSaveError(null);
    if (!file) return setRead({ state: 'idle' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setRead({ state: 'error', error: 'readFailed' });
    }
    const parsed = parseCalendar(text, { timeZone, ...importWindow(Date.now(), timeZone) });
    setRead(
      parsed.ok
        ? { state: 'read', fileName: file.name, events: parsed.events }
        : { state: 'error', error: parsed.error },
    );
  };

  const closedDays =
    read.state === 'read' && kind === 'closedDays'
      ? closedDaysOf(read.events, fileCalendarId(vendorId, { kind: 'closedDays' }), 0)
      : [];
  const count =
    read.state !== 'read' ? 0 : kind === 'closedDays' ? closedDays.length : read.events.length;

  const onImport = async () => {
    if (read.state !== 'read' || !target) return;
    setSaving(true);
    try {
      const result = await importFile(db, vendorId, target, read.events);
      if (result.ok) setRead({ state: 'imported', count });
      else setRead({ state: 'error', error: result.error });
    } catch (error) {
      setSaveError(String((error as Error)?.message ?? error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <label htmlFor={inputId}>{t(`ical.${kind}.file`)}</label>
      <input
        id={inputId}
        type="file"
        accept=".ics,text/calendar"
        disabled={!target}
        onChange={(event) => void onFile(event.target.files?.[0])}
      />
      {read.state === 'error' && (
        <Alert type="error" showIcon role="alert" title={t(`ical.errors.${read.error}`)} />
      )}
      {saveError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('ical.errors.saveFailed', { reason: saveError })}
        />
      )}
      {read.state === 'imported' && (
        <Alert type="success" showIcon title={t(`ical.${kind}.imported`, { count: read.count })} />
      )}
      {read.state === 'read' && count === 0 && (
        <Alert
          type="warning"
          showIcon
          title={t(kind === 'closedDays' ? 'ical.closedDays.none' : 'ical.errors.noEvents')}
        />
      )}
      {read.state === 'read' && count > 0 && (
        <>
          <Typography.Text>{t(`ical.${kind}.preview`, { count })}</Typography.Text>
          {kind === 'closedDays' && (
            <ul
              aria-label={t('ical.closedDays.preview', { count })}
              style={{ margin: 0, paddingInlineStart: 20, maxHeight: 240, overflowY: 'auto' }}
            >
              {closedDays.slice(0, 60).map((day) => (
                <li key={day.id}>
                  <Typography.Text strong>{day.date}</Typography.Text> {day.label}
                </li>
              ))}
            </ul>
          )}
          <Button type="primary" loading={saving} onClick={() => void onImport()}>
            {t(`ical.${kind}.import`, { count })}
          </Button>
        </>
      )}
    </Space>
  );
}
