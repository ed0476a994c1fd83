import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCustomerSettings, useCustomerTiers, useTopUpPlans } from '../use-customers';
import { PlansCard } from './PlansCard';
import { RulesForm } from './RulesForm';
import { TiersCard } from './TiersCard';

/** The membership settings tab: tiers, top-up plans, and the points and stored-value rules. */
export function MembershipSettings() {
  const { t } = useTranslation('customers');
  const settings = useCustomerSettings();
  const tiers = useCustomerTiers();
  const plans = useTopUpPlans();
  if (!settings || !tiers || !plans) return <Spin aria-label={t('common.loading')} />;
  return (
    <Flex vertical gap={16}>
      <TiersCard tiers={tiers} />
      <PlansCard plans={plans} />
      <RulesForm key={JSON.stringify(settings)} settings={settings} />
    </Flex>
  );
}
