/** What the header and the shortcut ask of the desk: open the switch screen, lock. */
import { createContext, useContext } from 'react';

export interface DeskControls {
  openSwitch: () => void;
  lock: () => void;
}

export const DeskContext = createContext<DeskControls>({
  openSwitch: () => undefined,
  lock: () => undefined,
});

export const useDeskControls = () => useContext(DeskContext);

/** The one keystroke that opens the switch screen from anywhere in the console. */
export const SWITCH_KEY = 'F2';
