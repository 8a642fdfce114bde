import type { DataSource } from 'typeorm';

/** A node of a Postgres plan as `EXPLAIN (FORMAT JSON)` gives it, with the fields tests look at. */
export interface PlanNode {
  Plans?: PlanNode[];
  'Node Type'?: string;
  'Relation Name'?: string;
  'Index Name'?: string;
}

/** Every node of the plan Postgres makes for `sql` with `params` (not run), the top node first. */
export async function planNodesOf(db: DataSource, sql: string, params: unknown[] = []): Promise<PlanNode[]> {
  const [{ 'QUERY PLAN': plan }]: { 'QUERY PLAN': { Plan: PlanNode }[] }[] = await db.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
  const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];
  return nodes(plan[0].Plan);
}
