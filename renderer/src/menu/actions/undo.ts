/** A change's way back: running it puts the records as they were before the change. */
export type Undo = () => Promise<void>;
