import { Flex, List, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { maskPhone } from '@domain/customers/phone';
import { useActiveVendor } from '../vendors/use-vendor';
import { CustomerExportButton } from './transfer/CustomerExportButton';
import { CustomerImportButton } from './transfer/CustomerImportButton';
import { PrivacyExportButton } from './transfer/PrivacyExportButton';

/** The customers page (会员). Its list, profile and counter flows are being built (issue 12). */
export function CustomersPage() {
  const { t } = useTranslation('customers');
  const { db } = useActiveVendor();
  // Stand-in until the customers page lands (branch cust-transfer only): the list and profile
  // pages place these buttons; the lead drops this list when reconciling.
  const people = useLiveQuery(() => db.customerPersonal.toArray(), [db]);
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2}>{t('part.name')}</Typography.Title>
      <Flex gap={8} role="toolbar" aria-label={t('part.name')}>
        <CustomerImportButton />
        <CustomerExportButton />
      </Flex>
      <section aria-label={t('part.tables.customerPersonal')}>
        <List
          dataSource={people ?? []}
          renderItem={(person) => (
            <List.Item actions={[<PrivacyExportButton key="privacy" customerId={person.id} />]}>
              {person.name} {person.phone ? maskPhone(person.phone) : ''}
            </List.Item>
          )}
        />
      </section>
    </Flex>
  );
}
