/** The most records one menu mutation may touch: a 10,000-row import with room to spare. */
export const MAX_BATCH = 20_000;
