/** The import dialog's state: the chosen file, how it reads (again when the mapping changes), its plan, the write. */
import { useRef, useState } from 'react';
import type { CustomerColumnMapping } from '@domain/customers/import/csv';
import type { CustomerImportPlan } from '@domain/customers/import/plan';
import type { CustomerFileRead } from '@domain/customers/import/read';
import type { NotCsvKind } from '@domain/csv/sniff';
import { useActiveVendor } from '../../vendors/use-vendor';
import { commitImport, planRead, readFile, type ImportResult } from './run-import';

export type CustomerImportStep =
  | { step: 'choose'; failed?: boolean; notText?: NotCsvKind }
  | { step: 'reading' }
  | { step: 'preview'; read: CustomerFileRead; plan: CustomerImportPlan }
  | { step: 'writing'; read: CustomerFileRead; plan: CustomerImportPlan }
  | { step: 'done'; plan: CustomerImportPlan; result: ImportResult };

export function useCustomerImport() {
  const { db } = useActiveVendor();
  const [state, setState] = useState<CustomerImportStep>({ step: 'choose' });
  const [fileName, setFileName] = useState('');
  const file = useRef<ArrayBuffer | null>(null);

  const analyse = async (mapping: CustomerColumnMapping | null) => {
    if (!file.current) return;
    setState({ step: 'reading' });
    try {
      // A copy: the worker takes the buffer, and the file is read again when the mapping changes.
      const read = await readFile({ bytes: file.current.slice(0), mapping });
      if (read.notText) return setState({ step: 'choose', notText: read.notText });
      setState({ step: 'preview', read, plan: await planRead(db, read) });
    } catch (error) {
      console.error(error);
      setState({ step: 'choose', failed: true });
    }
  };

  const choose = async (chosen: File) => {
    file.current = await chosen.arrayBuffer();
    setFileName(chosen.name);
    await analyse(null);
  };

  /** Writes the plan; throws (nothing written) for the caller to report. */
  const commit = async (businessDate: string) => {
    if (state.step !== 'preview') return;
    const { read, plan } = state;
    setState({ step: 'writing', read, plan });
    try {
      setState({ step: 'done', plan, result: await commitImport(db, plan, businessDate) });
    } catch (error) {
      setState({ step: 'preview', read, plan });
      throw error;
    }
  };

  return { state, fileName, choose, remap: analyse, commit };
}
