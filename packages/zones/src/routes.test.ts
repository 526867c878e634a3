import { describe, expect, it } from 'vitest';
import { isZoneRoute, routeProblem } from './routes';

/** Whether `href` (path, query and hash, as the address bar shows them) is in a zone of `routes`. */
const inZone = (routes: string[], href: string) => {
  const { pathname, hash } = new URL(href, 'https://www.example.com');
  return isZoneRoute({ zeroTelemetry: { routes } }, { pathname, hash });
};

describe('route patterns', () => {
  it('"/dashboard/**" is the dashboard and everything under it, not its neighbours', () => {
    for (const href of ['/dashboard', '/dashboard/', '/dashboard/reports', '/dashboard/reports/2026/q1/']) {
      expect(inZone(['/dashboard/**'], href), href).toBe(true);
    }
    for (const href of ['/', '/dashboards', '/dashboard-old', '/blog/dashboard', '/pricing']) {
      expect(inZone(['/dashboard/**'], href), href).toBe(false);
    }
  });

  it('"/app/*" is one segment below /app', () => {
    expect(inZone(['/app/*'], '/app/settings')).toBe(true);
    expect(inZone(['/app/*'], '/app/settings/')).toBe(true);
    expect(inZone(['/app/*'], '/app')).toBe(false);
    expect(inZone(['/app/*'], '/app/settings/billing')).toBe(false);
    expect(inZone(['/app/*/billing'], '/app/team-42/billing')).toBe(true);
    expect(inZone(['/reports/*.pdf'], '/reports/q1.pdf')).toBe(true);
    expect(inZone(['/reports/*.pdf'], '/reports/q1xpdf')).toBe(false);
  });

  it('a trailing slash names the same page, in the pattern and in the URL', () => {
    expect(inZone(['/account/'], '/account')).toBe(true);
    expect(inZone(['/account'], '/account/')).toBe(true);
    expect(inZone(['/account'], '/account/orders')).toBe(false);
  });

  it('query strings and plain anchors do not change the route', () => {
    expect(inZone(['/dashboard/**'], '/dashboard?tab=billing')).toBe(true);
    expect(inZone(['/dashboard/**'], '/dashboard/#usage')).toBe(true);
    expect(inZone(['/dashboard/**'], '/?next=/dashboard/')).toBe(false);
    expect(inZone(['/dashboard/**'], '/#dashboard')).toBe(false);
  });

  it('hash routes are written "/#/route"', () => {
    expect(inZone(['/#/admin/**'], '/#/admin/users')).toBe(true);
    expect(inZone(['/#/admin/**'], '/#!/admin?tab=1')).toBe(true);
    expect(inZone(['/#/admin/**'], '/#/shop')).toBe(false);
    expect(inZone(['/#/admin/**'], '/admin')).toBe(false);
    expect(inZone(['/app/#/admin/**'], '/app/#/admin')).toBe(true);
  });

  it('encoded paths match as the server decodes them: a zone cannot be escaped by escaping a letter', () => {
    expect(inZone(['/dashboard/**'], '/dash%62oard/')).toBe(true);
    expect(inZone(['/dashboard/**'], '/dashboard%2Freports')).toBe(true);
    expect(inZone(['/dashboard/**'], '/Dashboard/')).toBe(true);
    expect(inZone(['/über-uns/**'], '/%C3%BCber-uns/team')).toBe(true);
    expect(inZone(['/%C3%BCber-uns/**'], '/über-uns')).toBe(true);
    expect(inZone(['/dashboard/**'], '/dashboard/%E0%A4%A')).toBe(true);
  });

  it('repeated slashes collapse, and the URL parser has already resolved dot segments', () => {
    expect(isZoneRoute({ zeroTelemetry: { routes: ['/dashboard/**'] } }, { pathname: '//dashboard//reports', hash: '' })).toBe(true);
    expect(inZone(['/dashboard/**'], '/pricing/../dashboard')).toBe(true);
  });

  it('a site under a base path writes it in the pattern, or matches at any depth with "/**/"', () => {
    expect(inZone(['/shop/dashboard/**'], '/shop/dashboard/orders')).toBe(true);
    expect(inZone(['/shop/dashboard/**'], '/dashboard/orders')).toBe(false);
    expect(inZone(['/**/dashboard/**'], '/shop/dashboard/orders')).toBe(true);
    expect(inZone(['/**/dashboard/**'], '/dashboard')).toBe(true);
    expect(inZone(['/**/dashboard/**'], '/shop/pricing')).toBe(false);
  });

  it('"/" is the home page only, "/**" the whole site', () => {
    expect(inZone(['/'], '/')).toBe(true);
    expect(inZone(['/'], '/pricing')).toBe(false);
    expect(inZone(['/**'], '/any/thing')).toBe(true);
  });

  it('regular-expression characters in a pattern are literal', () => {
    expect(inZone(['/v1.0/**'], '/v1.0/x')).toBe(true);
    expect(inZone(['/v1.0/**'], '/v1x0/x')).toBe(false);
    expect(inZone(['/c%2B%2B/**'], '/c++/x')).toBe(true);
  });

  it('long paths against many wildcards match correctly, without backtracking through them', () => {
    // With a regular expression each of these took seconds to minutes and froze the page meanwhile.
    const dashes = '-'.repeat(2000);
    expect(inZone(['/reports/*-*-*.pdf'], `/reports/${dashes}`)).toBe(false);
    expect(inZone(['/reports/*-*-*.pdf'], `/reports/${dashes}.pdf`)).toBe(true);
    expect(inZone(['/reports/*-*-*.pdf'], '/reports/a-b-c.pdf')).toBe(true);
    expect(inZone(['/reports/*-*-*.pdf'], '/reports/a-b.pdf')).toBe(false);
    expect(inZone(['/reports/*a*a*a*a*a*b'], `/reports/${'a'.repeat(2000)}`)).toBe(false);
    const deep = '/x'.repeat(1000);
    expect(inZone(['/a/**/**/**/**/**/b'], `/a${deep}/c`)).toBe(false);
    expect(inZone(['/a/**/**/**/**/**/b'], `/a${deep}/b`)).toBe(true);
    expect(inZone(['/a/**/**/**/**/**/b'], '/a/b')).toBe(true);
    expect(inZone(['/**/x/**/x/**/x/**/y'], deep)).toBe(false);
    expect(inZone(['/**/x/**/x/**/x/**/y'], `${deep}/y`)).toBe(true);
    expect(inZone(['/**/*-*/**/*-*-*/**'], `${'/-'.repeat(500)}/a-b-c`)).toBe(true);
    expect(inZone(['/**/*-*/**/*-*-*/**'], `${'/a-b'.repeat(500)}`)).toBe(false);
  });

  it('no zone configured, or no routes, is never a zone', () => {
    expect(isZoneRoute({}, { pathname: '/dashboard', hash: '' })).toBe(false);
    expect(inZone([], '/dashboard')).toBe(false);
  });
});

describe('wrong patterns', () => {
  it('refuses what other route syntaxes would mean, explaining ours', () => {
    for (const pattern of ['dashboard/**', '/dashboard?tab=1', '/dash**', '/app/***', '/users/:id', '/app/{a,b}', '/app/(.*)', '/app#admin', '/a b', '']) {
      expect(routeProblem(pattern), pattern).toMatch(/is not a route pattern like "\/app", "\/app\/\*\.pdf", "\/app\/\*\*" or "\/#\/app\/\*\*"/);
    }
  });

  it('refuses regular expressions, which would match next to nothing (`/admin/.*` only `/admin/.xxx`)', () => {
    for (const pattern of ['/admin/.*', '/.*', '/admin.*', '/v\\d+', '/users/[0-9]+', '/a+', '/app/?', '/(admin|app)/**', '/^admin', '/admin$', '/admin/.+']) {
      expect(routeProblem(pattern), pattern).toMatch(/is not a route pattern like "\/app", "\/app\/\*\.pdf", "\/app\/\*\*" or "\/#\/app\/\*\*"/);
    }
  });

  it('accepts every documented form', () => {
    for (const pattern of ['/', '/**', '/dashboard/**', '/app/*', '/app/*/billing', '/reports/*.pdf', '/#/admin/**', '/**/dashboard/**', '/über/**', '/a:b', '/v1.0/**', '/a.b/*.pdf', '/c%2B%2B/**']) {
      expect(routeProblem(pattern), pattern).toBeUndefined();
    }
  });
});
