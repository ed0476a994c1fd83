import { Alert, Button } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { customerRoute, hrefFor, pageRoute } from '../../routing/routes';
import { useActiveVendor } from '../../vendors/use-vendor';
import { customerName } from '../display';

/**
 * Other live profiles with this customer's phone (two desks added the same person offline, say):
 * named here, with the way to the list's merge.
 */
export function SamePhoneAlert({
  customerId,
  phone,
}: {
  customerId: string;
  phone: string | null;
}) {
  const { t } = useTranslation('customers');
  const { db } = useActiveVendor();
  const others = useLiveQuery(async () => {
    if (!phone) return [];
    const people = await db.customerPersonal.where('phone').equals(phone).toArray();
    const candidates = people.filter((person) => person.id !== customerId);
    const accounts = await db.customer.bulkGet(candidates.map((person) => person.id));
    return candidates.filter((_, i) => {
      const account = accounts[i];
      return account && account.mergedInto === null && account.erasedAt === null;
    });
  }, [db, customerId, phone]);
  if (!others || others.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('profile.samePhone', {
        names: others
          .map((person) => customerName(person, false, t))
          .join(t('duplicates.separator')),
      })}
      description={others.map((person) => (
        <a
          key={person.id}
          href={hrefFor(customerRoute(person.id))}
          style={{ marginInlineEnd: 12, color: '#0958d9' }}
        >
          {customerName(person, false, t)}
        </a>
      ))}
      action={<Button href={hrefFor(pageRoute('customers'))}>{t('profile.goMerge')}</Button>}
    />
  );
}
