import type { ConfigIssue, ServiceConfig } from '../types';

interface Referencing {
  categories?: Record<string, unknown>;
  services?: Pick<ServiceConfig, 'id' | 'category'>[];
}

/** What a schema cannot say: names must refer to each other and not collide. */
export function checkReferences(config: Referencing): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const categories = Object.keys(config.categories ?? {});
  if (categories.includes('necessary')) {
    issues.push({ path: 'categories.necessary', message: 'is built in and always granted; remove it' });
  }
  // `necessary` is a category too, built in: a service of that id would always count as granted.
  const seen = new Set<string>(['necessary', ...categories]);
  (config.services ?? []).forEach((service, index) => {
    if (service.category !== 'necessary' && !categories.includes(service.category)) {
      issues.push({ path: `services[${index}].category`, message: `unknown category "${service.category}"` });
    }
    if (seen.has(service.id)) {
      issues.push({ path: `services[${index}].id`, message: `"${service.id}" is already a category or service id` });
    }
    seen.add(service.id);
  });
  return issues;
}
