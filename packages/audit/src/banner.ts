/**
 * The banner as a visitor sees it: buttons found by their accessible name, so any banner (Consentry's, a
 * peer's) is audited alike; the open shadow root of Consentry's UI is searched too.
 */
import type { Locator, Page } from 'playwright-core';

const APPEAR_MS = 5000;

export const buttonNamed = (page: Page | Locator, name: string) => page.getByRole('button', { name, exact: true }).first();

/** The button, once visible, or null when it does not show within a few seconds. */
export async function visibleButton(page: Page | Locator, name: string): Promise<Locator | null> {
  const button = buttonNamed(page, name);
  return button.waitFor({ state: 'visible', timeout: APPEAR_MS }).then(
    () => button,
    () => null,
  );
}

interface Look {
  width: number;
  height: number;
  background: string;
  color: string;
}

const lookOf = (button: Locator): Promise<Look> =>
  button.evaluate((element) => {
    const style = getComputedStyle(element);
    const { width, height } = element.getBoundingClientRect();
    return { width: Math.round(width), height: Math.round(height), background: style.backgroundColor, color: style.color };
  });

const describe = (name: string, look: Look) => `"${name}" ${look.width}×${look.height} px, text ${look.color} on ${look.background}`;

/**
 * Why Reject is less prominent than Accept, or nothing. The EDPB cookie-banner taskforce report (2023):
 * a reject option that is less visible than accept (smaller, or in a colour that does not stand out)
 * misleads. A fifth smaller in area, or any other colour, counts as less prominent.
 */
export async function prominenceProblems(accept: Locator, reject: Locator, names: { accept: string; reject: string }): Promise<string[]> {
  const [a, r] = await Promise.all([lookOf(accept), lookOf(reject)]);
  const problems: string[] = [];
  if (r.width * r.height < 0.8 * a.width * a.height) problems.push(`smaller: ${describe(names.reject, r)}, ${describe(names.accept, a)}`);
  if (r.background !== a.background || r.color !== a.color) problems.push(`other colours: ${describe(names.reject, r)}, ${describe(names.accept, a)}`);
  return problems;
}
