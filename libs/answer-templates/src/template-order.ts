/** What orders templates for one inquiry: its language and its technical category, when known. */
export interface TemplateContext {
  language: string | null;
  category: string | null;
}

/** The fields of a template its order is judged by. */
export interface OrderedTemplate {
  title: string;
  language: string;
  category: string | null;
}

/** How well a template fits: its language first (an answer goes out in the inquirer's language), then its category. */
function fit(template: OrderedTemplate, context: TemplateContext): number {
  const language = context.language !== null && template.language === context.language ? 2 : 0;
  const category = context.category !== null && template.category === context.category ? 1 : 0;
  return language + category;
}

/**
 * Templates in the order an adviser answering this inquiry wants them: those in the inquiry's
 * language and category first, then its language, then its category, then the rest; by title
 * within each. Returns a new array.
 */
export function orderTemplatesFor<T extends OrderedTemplate>(templates: readonly T[], context: TemplateContext): T[] {
  return [...templates].sort((a, b) => fit(b, context) - fit(a, context) || a.title.localeCompare(b.title, 'nb'));
}
