/**
 * The day view: one column per resource, a row per slot over the day's opening periods (in the
 * shop's zone), the bookings as blocks, and the current time as a line. A free slot clicked or
 * dragged over opens a new booking; a block dragged moves (to another time or column), its bottom
 * edge resizes; focused, the arrows move it by a slot or a column and Shift+arrows change its
 * length, Enter saves and Esc cancels. While it moves the conflicts show before anything is saved.
 */
import {
  Fragment,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Booking, Resource } from '@domain/bookings/schema';
import type { CustomerPersonal } from '@domain/customers/schema';
import type { BookingContext } from '@domain/bookings/availability';
import { bookingConflicts, type Conflict } from '@domain/bookings/conflicts';
import { blockTop, ROW_PX, slotAt, type DayWindow } from './grid';
import { guestLabel, statusColor, useShopClockText } from './display';
import { visuallyHidden } from '../../components/visually-hidden';

export interface Proposal {
  booking: Booking;
  startsAt: number;
  endsAt: number;
  resourceIds: string[];
  conflicts: Conflict[];
}

interface Props {
  window: DayWindow;
  columns: Resource[];
  bookings: Booking[];
  guests: ReadonlyMap<string, CustomerPersonal>;
  ctx: BookingContext;
  now: number;
  onCreate: (slot: { startsAt: number; endsAt: number | null; resourceId: string }) => void;
  onOpen: (booking: Booking) => void;
  /** Saves a move or resize; resolves false when the shop (or a refusal) kept it where it was. */
  onPropose: (proposal: Proposal) => Promise<boolean>;
  announce: (text: string) => void;
}

type Drag =
  | { mode: 'create'; resourceId: string; anchor: number; current: number }
  | {
      mode: 'move' | 'resize';
      booking: Booking;
      fromColumn: string;
      grabOffset: number;
      startX: number;
      startY: number;
      moved: boolean;
      proposal: Proposal;
    };

export function DayGrid(props: Props) {
  const { window: day, columns, bookings, guests, ctx, now } = props;
  const { t, i18n } = useTranslation('bookings');
  const { token } = theme.useToken();
  const clockText = useShopClockText();
  const english = i18n.language.startsWith('en');
  /** A booked service's name in the console's language (a restaurant's bookings have none). */
  const serviceName = (serviceId: string | null) => {
    const service = serviceId ? ctx.services.find((row) => row.id === serviceId) : undefined;
    return service ? (english && service.name.en) || service.name.zh : null;
  };
  const columnRefs = useRef(new Map<string, HTMLDivElement>());
  const [drag, setDragState] = useState<Drag | null>(null);
  // The window's pointer listeners read the drag through the ref, set with the state.
  const dragRef = useRef<Drag | null>(null);
  const setDrag = (next: Drag | null) => {
    dragRef.current = next;
    setDragState(next);
  };
  const [pending, setPending] = useState<Proposal | null>(null);
  const height = day.rows.length * ROW_PX;
  const scroller = useRef<HTMLDivElement>(null);
  // A new day opens at the current time when it is on screen, else at the first opening.
  const firstOpen = day.periods[0]?.start ?? day.start;
  const openAt = now >= day.start && now < day.end ? now : firstOpen;
  const openTop = Math.max(0, blockTop(day, openAt) - 2 * ROW_PX);
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = openTop;
    // Only when the day changes: the clock moving on must not scroll the desk away.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [day.date]);

  const propose = (booking: Booking, startsAt: number, endsAt: number, resourceIds: string[]) => ({
    booking,
    startsAt,
    endsAt,
    resourceIds,
    conflicts: bookingConflicts(
      {
        id: booking.id,
        startsAt,
        endsAt,
        bufferAfterMin: booking.bufferAfterMin,
        resourceIds,
        partySize: booking.partySize,
      },
      ctx,
    ),
  });

  const columnAt = (clientX: number): string | null => {
    for (const [id, element] of columnRefs.current) {
      const rect = element.getBoundingClientRect();
      if (clientX >= rect.left && clientX < rect.right) return id;
    }
    return null;
  };
  const offsetIn = (resourceId: string, clientY: number) =>
    clientY - (columnRefs.current.get(resourceId)?.getBoundingClientRect().top ?? 0);

  const describe = (proposal: Proposal) => {
    const names = proposal.resourceIds
      .map((id) => columns.find((column) => column.id === id)?.name ?? '')
      .join(' + ');
    const base = t('calendar.announce.at', {
      from: clockText(proposal.startsAt),
      to: clockText(proposal.endsAt),
      resource: names,
    });
    const problems = conflictTexts(proposal.conflicts);
    return problems.length ? `${base} ${problems.join(' ')}` : base;
  };

  const conflictTexts = (conflicts: Conflict[]) =>
    [...new Set(conflicts.map((conflict) => conflict.kind))].map((kind) =>
      t(`calendar.conflict.${kind}`),
    );

  // The pointer's moves and release are followed on the window, so a drag may leave its column.
  useEffect(() => {
    if (!drag) return;
    const move = (event: globalThis.PointerEvent) => {
      const current = dragRef.current;
      if (!current) return;
      if (current.mode === 'create') {
        const at = slotAt(day, offsetIn(current.resourceId, event.clientY));
        if (at !== current.current) setDrag({ ...current, current: at });
        return;
      }
      const far =
        Math.abs(event.clientX - current.startX) + Math.abs(event.clientY - current.startY) > 4;
      if (!far && !current.moved) return;
      const { booking } = current;
      const length = booking.endsAt - booking.startsAt;
      let next: Proposal;
      if (current.mode === 'resize') {
        const column = current.fromColumn;
        const end = slotAt(day, offsetIn(column, event.clientY)) + day.slotMs;
        next = propose(
          booking,
          booking.startsAt,
          Math.max(booking.startsAt + day.slotMs, end),
          booking.resourceIds,
        );
      } else {
        const target = columnAt(event.clientX) ?? current.proposal.resourceIds[0]!;
        const start = slotAt(day, offsetIn(target, event.clientY)) - current.grabOffset;
        const resourceIds = booking.resourceIds.includes(target)
          ? booking.resourceIds
          : booking.resourceIds.map((id) => (id === current.fromColumn ? target : id));
        next = propose(booking, start, start + length, resourceIds);
      }
      const same =
        next.startsAt === current.proposal.startsAt &&
        next.endsAt === current.proposal.endsAt &&
        next.resourceIds.join() === current.proposal.resourceIds.join();
      if (!same || !current.moved) setDrag({ ...current, moved: true, proposal: next });
    };
    const up = () => {
      const current = dragRef.current;
      setDrag(null);
      if (!current) return;
      if (current.mode === 'create') {
        const from = Math.min(current.anchor, current.current);
        const to = Math.max(current.anchor, current.current) + day.slotMs;
        props.onCreate({
          startsAt: from,
          endsAt: to - from > day.slotMs ? to : null,
          resourceId: current.resourceId,
        });
        return;
      }
      if (!current.moved) {
        props.onOpen(current.booking);
        return;
      }
      const { proposal } = current;
      if (
        proposal.startsAt === current.booking.startsAt &&
        proposal.endsAt === current.booking.endsAt &&
        proposal.resourceIds.join() === current.booking.resourceIds.join()
      )
        return;
      void props.onPropose(proposal);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    // Only whether a drag runs decides the listeners; its state is read through the ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drag !== null]);

  const startCreate = (resourceId: string) => (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || event.target !== event.currentTarget) return;
    event.preventDefault();
    const at = slotAt(day, event.clientY - event.currentTarget.getBoundingClientRect().top);
    setDrag({ mode: 'create', resourceId, anchor: at, current: at });
  };

  const startMove =
    (booking: Booking, columnId: string, mode: 'move' | 'resize') =>
    (event: PointerEvent<HTMLElement>) => {
      if (event.button !== 0) return;
      event.preventDefault();
      event.stopPropagation();
      const grabbed = slotAt(day, offsetIn(columnId, event.clientY));
      setPending(null);
      setDrag({
        mode,
        booking,
        fromColumn: columnId,
        grabOffset: Math.max(0, grabbed - booking.startsAt),
        startX: event.clientX,
        startY: event.clientY,
        moved: false,
        proposal: propose(booking, booking.startsAt, booking.endsAt, booking.resourceIds),
      });
    };

  const onBlockKey = (booking: Booking, columnId: string) => (event: KeyboardEvent) => {
    const base = pending?.booking.id === booking.id ? pending : null;
    const startsAt = base?.startsAt ?? booking.startsAt;
    const endsAt = base?.endsAt ?? booking.endsAt;
    const resourceIds = base?.resourceIds ?? booking.resourceIds;
    const step = day.slotMs;
    let next: Proposal | null = null;
    switch (event.key) {
      case 'ArrowUp':
        next = event.shiftKey
          ? propose(booking, startsAt, Math.max(startsAt + step, endsAt - step), resourceIds)
          : propose(booking, startsAt - step, endsAt - step, resourceIds);
        break;
      case 'ArrowDown':
        next = event.shiftKey
          ? propose(booking, startsAt, endsAt + step, resourceIds)
          : propose(booking, startsAt + step, endsAt + step, resourceIds);
        break;
      case 'ArrowLeft':
      case 'ArrowRight': {
        const held = resourceIds.includes(columnId) ? columnId : resourceIds[0]!;
        const index = columns.findIndex((column) => column.id === held);
        const target = columns[index + (event.key === 'ArrowLeft' ? -1 : 1)];
        if (!target || resourceIds.includes(target.id)) break;
        next = propose(
          booking,
          startsAt,
          endsAt,
          resourceIds.map((id) => (id === held ? target.id : id)),
        );
        break;
      }
      case 'Enter':
        event.preventDefault();
        if (base) {
          setPending(null);
          void props.onPropose(base).then((saved) => {
            props.announce(t(saved ? 'calendar.announce.saved' : 'calendar.announce.kept'));
          });
        } else props.onOpen(booking);
        return;
      case 'Escape':
        if (base) {
          event.preventDefault();
          setPending(null);
          props.announce(t('calendar.announce.cancelled'));
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next) {
      setPending(next);
      props.announce(describe(next));
    }
  };

  const preview: Proposal | null =
    drag && drag.mode !== 'create' && drag.moved ? drag.proposal : pending;
  const nowTop = now >= day.start && now < day.end ? blockTop(day, now) : null;
  const lineColor = token.colorBorderSecondary;
  // Hours the shop is closed inside the window (between lunch and dinner) are shaded.
  const closedBands = day.rows
    .map((at, index) => ({ at, index }))
    .filter(({ at }) => !day.periods.some((p) => p.start <= at && at < p.end));

  return (
    <div
      className="bookings-day-grid"
      ref={scroller}
      role="region"
      aria-label={t('calendar.gridLabel')}
      data-date={day.date}
      // The grid scrolls: reachable by keyboard to scroll it.
      tabIndex={0}
      style={{
        overflow: 'auto',
        maxHeight: '70vh',
        border: `1px solid ${token.colorBorder}`,
        borderRadius: token.borderRadius,
        touchAction: 'none',
      }}
    >
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: `64px repeat(${columns.length}, minmax(132px, 1fr))`,
          minWidth: 64 + columns.length * 132,
        }}
      >
        <div style={{ ...headerCell(token), left: 0, zIndex: 3 }} />
        {columns.map((column) => (
          <div key={column.id} style={headerCell(token)}>
            <div style={{ fontWeight: 600 }}>{column.name}</div>
            <div style={{ fontSize: 12, color: token.colorTextSecondary }}>
              {[
                column.area,
                column.kind === 'table' || column.kind === 'room'
                  ? t('calendar.seats', { min: column.minParty, max: column.maxParty })
                  : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </div>
          </div>
        ))}
        <div style={{ position: 'sticky', left: 0, zIndex: 2, background: token.colorBgContainer }}>
          {day.rows.map((at) => (
            <div
              key={at}
              style={{
                height: ROW_PX,
                fontSize: 12,
                color: token.colorTextSecondary,
                paddingInline: 6,
                borderTop: `1px solid ${lineColor}`,
                lineHeight: `${ROW_PX}px`,
              }}
            >
              {clockText(at)}
            </div>
          ))}
        </div>
        {columns.map((column) => (
          <div
            key={column.id}
            ref={(element) => {
              if (element) columnRefs.current.set(column.id, element);
              else columnRefs.current.delete(column.id);
            }}
            data-resource={column.id}
            onPointerDown={startCreate(column.id)}
            aria-label={t('calendar.columnLabel', { name: column.name })}
            role="group"
            style={{
              position: 'relative',
              height,
              borderLeft: `1px solid ${lineColor}`,
              backgroundColor: token.colorBgContainer,
              backgroundImage: `repeating-linear-gradient(to bottom, ${lineColor} 0, ${lineColor} 1px, transparent 1px, transparent ${ROW_PX}px)`,
              cursor: 'cell',
            }}
          >
            {closedBands.map(({ index, at }) => (
              <div
                key={at}
                aria-hidden
                style={{
                  position: 'absolute',
                  top: index * ROW_PX,
                  height: ROW_PX,
                  left: 0,
                  right: 0,
                  background: token.colorFillTertiary,
                  pointerEvents: 'none',
                }}
              />
            ))}
            {drag?.mode === 'create' && drag.resourceId === column.id && (
              <div
                aria-hidden
                style={{
                  position: 'absolute',
                  left: 2,
                  right: 2,
                  top: blockTop(day, Math.min(drag.anchor, drag.current)),
                  height: (Math.abs(drag.current - drag.anchor) / day.slotMs + 1) * ROW_PX,
                  background: token.colorPrimaryBg,
                  border: `1px dashed ${token.colorPrimary}`,
                  pointerEvents: 'none',
                }}
              />
            )}
            {bookings
              .filter((booking) => booking.resourceIds.includes(column.id))
              .map((booking) => {
                const moving = preview?.booking.id === booking.id;
                const guest = guestLabel(booking, guests, t);
                const top = blockTop(day, booking.startsAt);
                const blockHeight = Math.max(ROW_PX - 2, blockTop(day, booking.endsAt) - top - 2);
                const status = t(`calendar.status.${booking.status}`);
                const service = serviceName(booking.serviceId);
                const buffer =
                  booking.bufferAfterMin > 0
                    ? t('calendar.bufferAfter', { count: booking.bufferAfterMin })
                    : null;
                return (
                  <Fragment key={booking.id}>
                    <div
                      role="button"
                      tabIndex={0}
                      aria-describedby="bookings-grid-help"
                      onPointerDown={startMove(booking, column.id, 'move')}
                      onKeyDown={onBlockKey(booking, column.id)}
                      onBlur={() => {
                        if (pending?.booking.id === booking.id) setPending(null);
                      }}
                      style={{
                        position: 'absolute',
                        top: top + 1,
                        height: blockHeight,
                        left: 3,
                        right: 3,
                        zIndex: 1,
                        opacity: moving ? 0.45 : 1,
                        background: token.colorBgContainer,
                        borderLeft: `4px solid ${statusColor(booking.status, token)}`,
                        boxShadow: token.boxShadowTertiary,
                        borderRadius: token.borderRadiusSM,
                        padding: '2px 6px',
                        fontSize: 12,
                        lineHeight: '16px',
                        overflow: 'hidden',
                        cursor: 'grab',
                        userSelect: 'none',
                      }}
                    >
                      <div
                        style={{
                          fontWeight: 600,
                          whiteSpace: 'nowrap',
                          overflow: 'hidden',
                          textOverflow: 'ellipsis',
                        }}
                      >
                        {guest} · {t('calendar.party', { count: booking.partySize })}
                      </div>
                      {/* keep-all: a narrow column wraps at the spaces, never inside 已确认. */}
                      <div style={{ color: token.colorTextSecondary, wordBreak: 'keep-all' }}>
                        {/* The space keeps the two lines apart in the block's accessible name. */}{' '}
                        {clockText(booking.startsAt)}–{clockText(booking.endsAt)}
                        {service && ` · ${service}`} · {status}
                        {buffer && <span style={visuallyHidden}>{` · ${buffer}`}</span>}
                      </div>
                      <div
                        aria-hidden
                        onPointerDown={startMove(booking, column.id, 'resize')}
                        data-resize-handle
                        style={{
                          position: 'absolute',
                          left: 0,
                          right: 0,
                          bottom: 0,
                          height: 7,
                          cursor: 'ns-resize',
                        }}
                      />
                    </div>
                    {/* The buffer after keeps the stylist or room: drawn, so the slot does not look free. */}
                    {buffer && (
                      <div
                        aria-hidden
                        style={{
                          position: 'absolute',
                          top: blockTop(day, booking.endsAt),
                          height: Math.max(
                            4,
                            blockTop(day, booking.endsAt + booking.bufferAfterMin * 60_000) -
                              blockTop(day, booking.endsAt) -
                              1,
                          ),
                          left: 3,
                          right: 3,
                          opacity: moving ? 0.45 : 1,
                          background: `repeating-linear-gradient(135deg, ${token.colorFillSecondary} 0, ${token.colorFillSecondary} 4px, transparent 4px, transparent 8px)`,
                          borderRadius: token.borderRadiusSM,
                          padding: '0 6px',
                          fontSize: 11,
                          lineHeight: '16px',
                          color: token.colorTextSecondary,
                          overflow: 'hidden',
                          pointerEvents: 'none',
                        }}
                      >
                        {buffer}
                      </div>
                    )}
                  </Fragment>
                );
              })}
            {preview && preview.resourceIds.includes(column.id) && (
              <div
                aria-hidden
                style={{
                  position: 'absolute',
                  top: blockTop(day, preview.startsAt) + 1,
                  height: Math.max(
                    ROW_PX - 2,
                    blockTop(day, preview.endsAt) - blockTop(day, preview.startsAt) - 2,
                  ),
                  left: 3,
                  right: 3,
                  zIndex: 2,
                  border: `2px dashed ${preview.conflicts.length ? token.colorError : token.colorPrimary}`,
                  background: preview.conflicts.length ? token.colorErrorBg : token.colorPrimaryBg,
                  borderRadius: token.borderRadiusSM,
                  padding: '2px 6px',
                  fontSize: 12,
                  color: preview.conflicts.length ? token.colorErrorText : token.colorText,
                  pointerEvents: 'none',
                  overflow: 'hidden',
                }}
              >
                {clockText(preview.startsAt)}–{clockText(preview.endsAt)}
                {preview.conflicts.length > 0 && (
                  <div>{conflictTexts(preview.conflicts).join(' ')}</div>
                )}
              </div>
            )}
            {nowTop !== null && (
              <div
                aria-hidden
                data-now-line
                style={{
                  position: 'absolute',
                  top: nowTop,
                  left: 0,
                  right: 0,
                  height: 2,
                  background: token.colorError,
                  zIndex: 3,
                  pointerEvents: 'none',
                }}
              />
            )}
          </div>
        ))}
      </div>
      {preview && (
        <div
          role="status"
          style={{
            position: 'sticky',
            bottom: 0,
            left: 0,
            padding: 8,
            background: token.colorBgElevated,
            borderTop: `1px solid ${token.colorBorder}`,
          }}
        >
          {describe(preview)}
          {pending && ` ${t('calendar.keyboardHint')}`}
        </div>
      )}
    </div>
  );
}

function headerCell(token: ReturnType<typeof theme.useToken>['token']) {
  return {
    position: 'sticky' as const,
    top: 0,
    zIndex: 2,
    background: token.colorBgContainer,
    borderBottom: `1px solid ${token.colorBorder}`,
    borderLeft: `1px solid ${token.colorBorderSecondary}`,
    padding: '6px 8px',
    minHeight: 48,
  };
}
