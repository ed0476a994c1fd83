/**
 * Signing in by phone and one-time code, in two plain forms: the phone (→ a code is texted), then
 * the code. `next` is where the customer returns once signed in (a path on this shop's pages).
 */
import type { ReactElement } from 'react';
import { Notice, type CustomerTranslate } from './frame';

export interface SignInProps {
  t: CustomerTranslate;
  /** Where the phone form posts (sends the code) and the code form posts (verifies it). */
  sendAction: string;
  verifyAction: string;
  next: string;
  step: 'phone' | 'code';
  phone?: string;
  error?: string | null;
  heading?: string;
}

export function SignIn(props: SignInProps): ReactElement {
  const { t, step, phone = '', error, next } = props;
  return (
    <section className="sfc-card" aria-labelledby="sfc-sign-in">
      <h2 id="sfc-sign-in">{props.heading ?? t('signInTitle')}</h2>
      {error ? <Notice kind="error">{error}</Notice> : null}
      {step === 'phone' ? (
        <form method="post" action={props.sendAction}>
          <p className="sfc-muted">{t('signInHint')}</p>
          <input type="hidden" name="next" value={next} />
          <label>
            {t('phone')}
            <input
              name="phone"
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              required
              maxLength={40}
              defaultValue={phone}
            />
          </label>
          <button type="submit">{t('sendCode')}</button>
        </form>
      ) : (
        <form method="post" action={props.verifyAction}>
          <Notice kind="info">{t('codeSent', { phone })}</Notice>
          <input type="hidden" name="next" value={next} />
          <input type="hidden" name="phone" value={phone} />
          <label>
            {t('code')}
            <input
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]{6}"
              maxLength={6}
              required
            />
          </label>
          <button type="submit">{t('verify')}</button>
        </form>
      )}
    </section>
  );
}
