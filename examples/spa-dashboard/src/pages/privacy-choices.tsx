import { Fragment } from 'preact';
import { consentry } from '../consentry';
import { useConsent } from '../use-consent';

const yesNo = (value: boolean | undefined) => (value ? 'on' : 'off');

/** The live consent state: it updates as soon as the visitor chooses, in this tab or another. */
export function PrivacyChoices() {
  const state = useConsent();
  return (
    <>
      <h1>Privacy and your choices</h1>
      <p>
        Mixpanel and Hotjar run on the public pages only with your consent, and never inside the app (
        <code>/app</code>), which is a Zero-Telemetry Zone. Your choice is stored in this browser's local storage.
      </p>
      <h2>Your consent right now</h2>
      <dl data-consent-state>
        <dt>Decided</dt>
        <dd data-field="decided">{state.decided ? 'yes' : 'not yet'}</dd>
        {Object.entries(consentry.config.categories).map(([id, category]) => (
          <Fragment key={id}>
            <dt>{category.label}</dt>
            <dd data-field={id}>{yesNo(state.categories[id])}</dd>
          </Fragment>
        ))}
        <dt>Global Privacy Control</dt>
        <dd data-field="gpc">{state.gpc ? 'honoured' : 'not sent'}</dd>
        <dt>Rules</dt>
        <dd data-field="regime">{state.regime}</dd>
        <dt>How you chose</dt>
        <dd data-field="method">{state.method}</dd>
        <dt>Last changed</dt>
        <dd data-field="updated">{state.updatedAt ?? 'never'}</dd>
      </dl>
      <p>
        <button type="button" onClick={() => consentry.showPreferences()}>
          Change your choice
        </button>
      </p>
    </>
  );
}
