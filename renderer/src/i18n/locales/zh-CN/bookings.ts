/**
 * 预约模块的文案。清单里的文案在 `part` 下（规则的文案在 bookings/rules.ts）；各页面的文案按区域
 * 放在 bookings/*.ts，在此汇总。
 */
import calendar from './bookings/calendar';
import desk from './bookings/desk';
import ical from './bookings/ical';
import rules from './bookings/rules';
import setup from './bookings/setup';

export default {
  ...calendar,
  ...setup,
  ...desk,
  ...ical,
  page: { tabs: { calendar: '预约日历', waitlist: '排队取号', setup: '预约设置' } },
  part: {
    name: '预约',
    tables: {
      resource: '桌台、房间与员工',
      service: '服务项目',
      bookingSettings: '预约设置',
      bookingException: '休息日与特殊营业时间',
      busyBlock: '忙碌时段',
      calendarSubscription: '订阅的日历',
      booking: '预约',
      bookingEvent: '预约记录',
      waitlistEntry: '排队',
    },
    changes: {
      resource: { put: '保存桌台、房间或员工' },
      service: { put: '保存服务项目' },
      bookingSettings: { put: '修改预约设置' },
      bookingException: { put: '保存休息日或特殊营业时间', delete: '删除休息日或特殊营业时间' },
      busyBlock: { put: '保存忙碌时段', delete: '删除忙碌时段' },
      bookingCalendar: { import: '导入日历' },
      calendarSubscription: { put: '保存订阅的日历' },
      booking: {
        create: '新建预约',
        reschedule: '调整预约时间',
        update: '修改预约',
        transition: '更改预约状态',
        recordDeposit: '登记定金',
      },
      waitlist: { join: '排队取号', setStatus: '叫号或过号' },
    },
    rules,
    permissions: {
      bookings: {
        settings: '桌台、服务、营业时间与预约规则',
        deposits: '退还或扣留定金',
      },
    },
  },
};
