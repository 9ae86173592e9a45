// The page frame: GOV.UK Frontend markup with Lantern's own generic header (no crown, no GOV.UK
// branding), service navigation for the signed-in member of staff, and no inline script or style so
// the content security policy can forbid both.
import type { ReactElement, ReactNode } from 'react';

export interface NavItem {
  href: string;
  label: string;
  active: boolean;
}

export interface LayoutProps {
  title: string;
  nav: NavItem[];
  user: { displayName: string; roleLabels: string[] } | null;
  csrfToken: string | null;
  children: ReactNode;
}

export function Layout({ title, nav, user, csrfToken, children }: LayoutProps): ReactElement {
  return (
    <html lang="en" className="govuk-template govuk-template--rebranded">
      <head>
        <meta charSet="utf-8" />
        <title>{`${title} – Lantern`}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/govuk-frontend.css" />
        <link rel="stylesheet" href="/assets/lantern.css" />
      </head>
      <body className="govuk-template__body">
        <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
          Skip to main content
        </a>
        <header className="govuk-header lantern-header" data-module="govuk-header">
          <div className="govuk-header__container govuk-width-container">
            <div className="govuk-header__logo">
              <a href="/" className="govuk-header__homepage-link">
                <span className="govuk-header__product-name lantern-header__name">Lantern</span>
              </a>
            </div>
          </div>
        </header>
        <section aria-label="Service information" className="govuk-service-navigation" data-module="govuk-service-navigation">
          <div className="govuk-width-container">
            <div className="govuk-service-navigation__container">
              <span className="govuk-service-navigation__service-name">
                <span className="govuk-service-navigation__text">Children’s social care</span>
              </span>
              {user && nav.length > 0 && (
                <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
                  <ul className="govuk-service-navigation__list" id="navigation">
                    {nav.map((item) => (
                      <li key={item.href} className={`govuk-service-navigation__item${item.active ? ' govuk-service-navigation__item--active' : ''}`}>
                        <a className="govuk-service-navigation__link" href={item.href} aria-current={item.active ? 'page' : undefined}>
                          {item.active ? <strong className="govuk-service-navigation__active-fallback">{item.label}</strong> : item.label}
                        </a>
                      </li>
                    ))}
                  </ul>
                </nav>
              )}
              {user && csrfToken && (
                <form method="post" action="/sign-out" className="lantern-sign-out">
                  <span className="govuk-body-s lantern-user">
                    {user.displayName} ({user.roleLabels.join(', ')})
                  </span>{' '}
                  <input type="hidden" name="_csrf" value={csrfToken} />
                  <button type="submit" className="govuk-button govuk-button--secondary lantern-sign-out__button" data-module="govuk-button">
                    Sign out
                  </button>
                </form>
              )}
            </div>
          </div>
        </section>
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content">
            {children}
          </main>
        </div>
        <footer className="govuk-footer">
          <div className="govuk-width-container">
            <div className="govuk-footer__meta">
              <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
                <p className="govuk-body-s">Lantern holds sensitive information about children. Every view is recorded.</p>
              </div>
            </div>
          </div>
        </footer>
        <script type="module" src="/assets/app.js"></script>
      </body>
    </html>
  );
}
