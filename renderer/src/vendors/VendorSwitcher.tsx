import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate, pageRoute } from '../routing/routes';
import { switchShopProfile } from './profile-actions';
import { useActiveVendor, useProfiles } from './use-vendor';

const ADD_PROFILE = '__add__';

/** Switches between the shop profiles on this device, or starts a new one. */
export function VendorSwitcher() {
  const { t } = useTranslation();
  const profiles = useProfiles() ?? [];
  const { vendorId } = useActiveVendor();
  const options = [
    ...profiles.map((profile) => ({ value: profile.vendorId, label: profile.name })),
    { value: ADD_PROFILE, label: t('header.addProfile') },
  ];
  return (
    <Select
      aria-label={t('header.profile')}
      value={vendorId}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ minWidth: 240 }}
      onChange={(value: string) => {
        if (value === ADD_PROFILE) navigate(pageRoute('newProfile'));
        else void switchShopProfile(value).then(() => navigate(pageRoute('dashboard')));
      }}
    />
  );
}
