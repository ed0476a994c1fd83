/**
 * What each page of routing/pages.ts shows: its component (null while the part is not built yet)
 * and, for the pages in the sidebar, its icon. PageRouter and Shell are built from this one map,
 * and the compiler checks that every registered page has an entry.
 */
import type { ComponentType, ReactNode } from 'react';
import {
  AppstoreOutlined,
  CalendarOutlined,
  DashboardOutlined,
  SettingOutlined,
  ShopOutlined,
  SyncOutlined,
  TagsOutlined,
  TeamOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { BookingsPage } from '../bookings/BookingsPage';
import { CustomersPage } from '../customers/CustomersPage';
import { DashboardPage } from '../dashboard/DashboardPage';
import { MenuPage } from '../menu/MenuPage';
import { GroupBuyPage } from '../offers/GroupBuyPage';
import type { NavPageId, PageId } from '../routing/pages';
import { SettingsPage } from '../settings/SettingsPage';
import { StaffPage } from '../staff/pages/StaffPage';
import { StorefrontPage } from '../storefront/StorefrontPage';
import { SyncPage } from '../sync/pages/SyncPage';
import { NewProfilePage } from '../vendors/NewProfilePage';

type PageEntry<Id extends PageId> = Id extends NavPageId
  ? { component: ComponentType | null; icon: ReactNode }
  : { component: ComponentType };

export const pageRegistry: { [Id in PageId]: PageEntry<Id> } = {
  dashboard: { component: DashboardPage, icon: <DashboardOutlined /> },
  menu: { component: MenuPage, icon: <AppstoreOutlined /> },
  bookings: { component: BookingsPage, icon: <CalendarOutlined /> },
  groupbuy: { component: GroupBuyPage, icon: <TagsOutlined /> },
  customers: { component: CustomersPage, icon: <TeamOutlined /> },
  storefront: { component: StorefrontPage, icon: <ShopOutlined /> },
  sync: { component: SyncPage, icon: <SyncOutlined /> },
  staff: { component: StaffPage, icon: <UserSwitchOutlined /> },
  settings: { component: SettingsPage, icon: <SettingOutlined /> },
  newProfile: { component: NewProfilePage },
};
