import { ReactNode } from 'react';

/** Facts about one thing, as a description list (each term with its value). */
export function Facts({ children }: { children: ReactNode }) {
  return <dl className="facts">{children}</dl>;
}

/** One term and its value in a description list; `testId` marks the value. */
export function Fact({ term, testId, children }: { term: ReactNode; testId?: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}
