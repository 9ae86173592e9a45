import type { ReactElement } from 'react';
import { Layout } from '../govuk/layout.tsx';
import { ErrorSummary, TextInput, type FieldError } from '../govuk/components.tsx';

export function SignInPage({ csrfToken, username, errors }: { csrfToken: string; username: string; errors: FieldError[] }): ReactElement {
  const errorFor = (field: string): string | undefined => errors.find((e) => e.field === field)?.message;
  return (
    <Layout title={errors.length ? 'Error: Sign in' : 'Sign in'} nav={[]} user={null} csrfToken={null}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <h1 className="govuk-heading-l">Sign in to Lantern</h1>
          <form method="post" action="/sign-in" noValidate>
            <input type="hidden" name="_csrf" value={csrfToken} />
            <TextInput id="username" name="username" label="Username" autoComplete="username" value={username} error={errorFor('username')} width="govuk-input--width-20" />
            <TextInput id="password" name="password" label="Password" type="password" autoComplete="current-password" error={errorFor('password')} width="govuk-input--width-20" />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Sign in
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}
