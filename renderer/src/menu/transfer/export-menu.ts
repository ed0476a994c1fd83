/** The menu as a CSV file: UTF-8 with a BOM so Excel opens it right, or plain UTF-8 for other tools. */
import { exportMenuCsvBytes } from '@domain/menu/csv/console-layout';
import type { Menu } from '@domain/menu/schema';
import { desktop } from '../../desktop/bridge';

export function exportFileName(businessDate: string, bom: boolean): string {
  return `menu-${businessDate}${bom ? '-excel' : ''}.csv`;
}

export function exportMenu(menu: Menu, options: { bom: boolean; fileName: string }) {
  return desktop.saveFile({
    suggestedName: options.fileName,
    // A copy backed by a plain ArrayBuffer, as the IPC contract's Uint8Array expects.
    content: new Uint8Array(exportMenuCsvBytes(menu, { bom: options.bom })),
  });
}
