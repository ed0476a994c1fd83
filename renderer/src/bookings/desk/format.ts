/** Booking times as the desk reads them: in the shop's zone and the console's language. */
const formats = new Map<string, Intl.DateTimeFormat>();

export function formatShopTime(
  epochMs: number,
  timeZone: string,
  language: string,
  withDate = false,
): string {
  const key = `${timeZone}|${language}|${withDate}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...(withDate ? { month: '2-digit', day: '2-digit', weekday: 'short' } : {}),
    });
    formats.set(key, format);
  }
  return format.format(epochMs);
}
