/** The import dialog's state: the chosen file, its plan (re-made when mode or mapping change), the write. */
import { useCallback, useRef, useState } from 'react';
import type { NotCsvKind } from '@domain/csv/sniff';
import type { ImportMode } from '@domain/menu/import/plan';
import type { ImportSource } from '@domain/menu/import/read';
import type { Menu } from '@domain/menu/schema';
import { i18next } from '../../i18n';
import { useActiveVendor } from '../../vendors/use-vendor';
import type { Undo } from '../actions/undo';
import type { ImportAnalysis, ImportPhase } from './analyze-import';
import { commitImport, planFile } from './run-import';

export type ImportStep =
  | { step: 'choose'; failed?: boolean; notCsv?: NotCsvKind }
  | { step: 'working'; phase: ImportPhase }
  | { step: 'preview'; analysis: ImportAnalysis }
  | { step: 'done'; analysis: ImportAnalysis };

/** Shop content in both languages from the resources (a new category "未分类 / Uncategorized"). */
function contentName(key: string) {
  return {
    zh: i18next.getFixedT('zh-CN', 'menu')(key),
    en: i18next.getFixedT('en', 'menu')(key),
  };
}

export function useImport(menu: Menu) {
  const { db } = useActiveVendor();
  const [state, setState] = useState<ImportStep>({ step: 'choose' });
  const [mode, setMode] = useState<ImportMode>('upsert_by_sku');
  const file = useRef<ArrayBuffer | null>(null);
  const [fileName, setFileName] = useState<string>();

  const analyse = useCallback(
    async (source: ImportSource | null, nextMode: ImportMode) => {
      if (!file.current) return;
      setState({ step: 'working', phase: 'reading' });
      try {
        const analysis = await planFile(
          {
            // A copy: the worker may take the buffer, and the file is planned again on a change.
            bytes: file.current.slice(0),
            source,
            menu,
            mode: nextMode,
            variationGroupName: contentName('import.variationGroup'),
            defaultCategoryName: contentName('import.defaultCategory'),
            updatedAt: Date.now(),
          },
          (phase) => setState({ step: 'working', phase }),
        );
        // Not a CSV at all: say so where the file was chosen, and let the shop pick another.
        if (analysis.notCsv) setState({ step: 'choose', notCsv: analysis.notCsv });
        else setState({ step: 'preview', analysis });
      } catch {
        setState({ step: 'choose', failed: true });
      }
    },
    [menu],
  );

  const choose = async (chosen: File) => {
    file.current = await chosen.arrayBuffer();
    setFileName(chosen.name);
    await analyse(null, mode);
  };

  const changeMode = (next: ImportMode, source: ImportSource) => {
    setMode(next);
    void analyse(source, next);
  };

  /** Writes the plan; resolves to its undo, or throws (nothing written) for the caller to report. */
  const commit = async (analysis: ImportAnalysis): Promise<Undo> => {
    setState({ step: 'working', phase: 'writing' });
    try {
      const undo = await commitImport(db, analysis.plan, menu);
      setState({ step: 'done', analysis });
      return undo;
    } catch (error) {
      setState({ step: 'preview', analysis });
      throw error;
    }
  };

  return { state, mode, fileName, choose, changeMode, remap: analyse, commit };
}
