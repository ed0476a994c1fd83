import { useEffect } from 'react';
import { App } from 'antd';
import { setInAppNotifier } from './notify';

/** Shows every notice in the page as an antd notification, in the console's theme. */
export function NotifyHost() {
  const { notification } = App.useApp();
  useEffect(() => {
    setInAppNotifier((notice) =>
      notification.info({
        message: notice.title,
        description: notice.body,
        placement: 'bottomRight',
        duration: 8,
        // Read out as it arrives, without moving the focus.
        role: 'status',
      }),
    );
    return () => setInAppNotifier(null);
  }, [notification]);
  return null;
}
