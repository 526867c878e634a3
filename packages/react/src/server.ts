// Server-safe: no React, no window. For server components, route handlers and middleware.
export { readConsentFromCookie } from '@consentry/core';
