/** The bookings rules' texts: message, what to do, and each fix's label (part.rules.<rule>). */
export default {
  booking: {
    transition: {
      message:
        'Booking {{code}} had already been changed on another computer (or by the guest online), so this status change was not applied.',
      todo: 'Open the booking to see where it stands now. Any deposit follows the change that was applied first.',
    },
    resourceTaken: {
      message:
        'Booking {{code}} ({{startsAtText}}, party of {{partySize}}) was not saved: {{clashNames}} is already taken at that time by $t(bookings:part.rules.booking.resourceTaken.holder.{{otherKind}}) “{{otherName}}” ({{otherSpanText}}), saved first on another computer or by a guest online.',
      todo: 'Free at that time: {{freeSetNames}}. Seat the party there, move the booking to the next free time on {{resourceNames}}, or call the guest to agree on another time.',
      holder: { booking: 'booking', busyBlock: 'the busy time' },
      noneFree: 'none',
      actions: {
        moveToFreeResource: 'Seat them at {{firstFreeNames}} instead',
        moveToNextSlot: 'Move to {{nextStartText}} on {{resourceNames}}',
      },
    },
    overPacing: {
      message:
        'Booking {{code}} ({{startsAtText}}) was not saved: {{count}} $t(bookings:part.rules.booking.overPacing.limit.{{limit}}) would start in the {{slotText}} slot, and the shop takes at most {{max}}.',
      todo: 'Move the booking to the next slot with room, or raise the pacing limit in the booking rules and make the booking again.',
      limit: { bookings: 'bookings', covers: 'guests' },
      actions: { moveToNextSlot: 'Move to {{nextStartText}}' },
    },
  },
};
