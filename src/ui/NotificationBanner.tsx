import { useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useEffect } from 'react';

export interface NotificationBannerProps {
  title?: string;
  success?: boolean;
  children: ReactNode;
}

/** The NHS notification banner; a success banner is announced (role=alert). */
export function NotificationBanner({ title, success = true, children }: NotificationBannerProps) {
  const heading = title ?? (success ? 'Success' : 'Important');
  return (
    <div
      className={`nhsuk-notification-banner${success ? ' nhsuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby="notification-banner-title"
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="notification-banner-title">
          {heading}
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">{children}</div>
    </div>
  );
}

/**
 * A one-off message passed in navigation state (e.g. "Programme deleted"). It is read once and
 * then cleared from the history entry, so a reload or going back does not show it again.
 */
export function useFlash<T extends object>(): Partial<T> {
  const location = useLocation();
  const navigate = useNavigate();
  const [flash] = useState<Partial<T>>(() => (location.state && typeof location.state === 'object' ? (location.state as T) : {}));
  useEffect(() => {
    if (location.state) void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [location.state, location.pathname, location.search, navigate]);
  return flash;
}
