import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const cli = fileURLToPath(new URL('../../packages/consentry/bin/consentry.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'consentry-cli-'));

function check(content: string): { code: number; output: string } {
  const file = join(dir, 'consentry.config.json');
  writeFileSync(file, content);
  const { status, stdout, stderr } = spawnSync('node', [cli, 'check', file], { encoding: 'utf8' });
  return { code: status!, output: `${stdout}${stderr}` };
}

test.describe('consentry check', () => {
  test('accepts a valid config', () => {
    expect(check('{ "revision": "2026-03", "categories": { "analytics": { "label": "Analytics" } } }')).toMatchObject({ code: 0, output: expect.stringContaining('valid') });
  });

  test('names each bad field and fails', () => {
    const result = check('{ "regime": "gdpr", "storage": { "maxAgeDays": -1 } }');
    expect(result.code).toBe(1);
    expect(result.output).toContain('- revision: required');
    expect(result.output).toContain('- storage.maxAgeDays: must be greater than 0');
    expect(result.output).toContain('- regime: expected one of "opt-in", "opt-out", "auto"');
  });

  test('refuses a regular expression as a zone route, which would leave the pages it means outside the zone', () => {
    const result = check('{ "revision": "1", "zeroTelemetry": { "routes": ["/dashboard/**", "/admin/.*"] } }');
    expect(result.code).toBe(1);
    expect(result.output).toContain('- zeroTelemetry.routes[1]: "/admin/.*" is not a route pattern like "/app", "/app/*.pdf", "/app/**" or "/#/app/**"');
  });

  test('warns of a raw "</script" in the config, which would end its block in a page', () => {
    const result = check('{ "revision": "1", "texts": { "en": { "body": "We use cookies.</script><script>alert(1)</script>" } } }');
    expect(result.output).toContain('contains "</script", which ends a config block in HTML; write "<" as \\u003c');
    expect(check('{ "revision": "1", "texts": { "en": { "body": "We use cookies.\\u003c/script>" } } }').output).not.toContain('</script');
  });

  test('says where JSON is broken', () => {
    const result = check('{ "revision": ');
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/^Consentry: cannot read .*consentry\.config\.json: /);
  });
});
