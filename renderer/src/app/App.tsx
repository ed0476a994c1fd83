import { useMemo } from 'react';
import { Spin } from 'antd';
import { FirstRunPage } from '../vendors/FirstRunPage';
import {
  ActiveVendorContext,
  activeVendor,
  useActiveVendorId,
  useProfiles,
} from '../vendors/use-vendor';
import { PageRouter } from './PageRouter';
import { useRoute } from '../routing/routes';
import { Shell } from './Shell';
import { BookingReminders } from '../bookings/reminders/BookingReminders';
import { NotifyHost } from '../notify/NotifyHost';

/** First run until a profile exists; then the shell around the active profile's pages. */
export function App() {
  const profiles = useProfiles();
  const savedVendorId = useActiveVendorId();
  const route = useRoute();
  const vendorId =
    profiles?.find((profile) => profile.vendorId === savedVendorId)?.vendorId ??
    profiles?.[0]?.vendorId;
  const vendor = useMemo(() => (vendorId ? activeVendor(vendorId) : null), [vendorId]);

  if (profiles === undefined) return <Spin fullscreen />;
  if (!vendor) return <FirstRunPage />;
  return (
    <ActiveVendorContext.Provider value={vendor}>
      <NotifyHost />
      <BookingReminders key={vendor.vendorId} />
      <Shell route={route}>
        <PageRouter key={vendor.vendorId} route={route} />
      </Shell>
    </ActiveVendorContext.Provider>
  );
}
