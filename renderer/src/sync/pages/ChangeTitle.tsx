import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { changeTitleKey, tableLabelKey } from '@domain/parts/text-keys';
import { useActiveVendor } from '../../vendors/use-vendor';
import { nameRecords } from '../engine/record-names';

interface ChangeTitleProps {
  name: string;
  records: ReadonlyArray<{ table: string; id: string }>;
  args: unknown;
}

/** "修改菜品：牛肉面": what a change was, in the shop's words, and the records it touched. */
export function ChangeTitle({ name, records, args }: ChangeTitleProps) {
  const { t, i18n } = useTranslation('sync');
  const { db } = useActiveVendor();
  const named = useLiveQuery(
    () => nameRecords(db, records, args, i18n.language),
    [db, records, args, i18n.language],
  );
  // Each part words its own changes and tables (its `part.` texts); a name no part declares
  // (a newer console's change) is shown as it is.
  const titleKey = changeTitleKey(name);
  const what = titleKey ? t(titleKey) : t('mutation.unknown', { name });
  const tableLabel = (table: string) => {
    const key = tableLabelKey(table);
    return key ? t(key) : table;
  };
  const names = (named ?? [])
    .map((record) => record.name ?? tableLabel(record.table))
    .filter((label, index, all) => all.indexOf(label) === index);
  return (
    <span>
      {names.length > 0
        ? t('change.withRecords', { what, records: names.join(t('change.separator')) })
        : what}
    </span>
  );
}
