/**
 * What the viewer's Cypher box may run: queries that read the graph, and
 * nothing else. Neo4j classes LOAD CSV (local files, any URL), SHOW and
 * TERMINATE TRANSACTIONS and many procedures as reads, so "read-only" is
 * not enough; the box decides from the query's plan (EXPLAIN), which names
 * every operator and procedure however the text is written (comments,
 * backticks, parameters, subqueries).
 *
 * Allowed: any plan of graph-reading operators, the procedures and the
 * listing commands below. Refused: LOAD CSV, CALL { … } IN TRANSACTIONS,
 * every other procedure, every other SHOW or TERMINATE command,
 * administration commands, and any part of a query that runs in another
 * database.
 */

/** Procedures that only read the graph or its schema. */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]);

/** Commands (plan operators) that list the schema or what can be called; nothing about other clients or the server. */
export const ALLOWED_COMMANDS: ReadonlySet<string> = new Set(['ShowIndexes', 'ShowConstraints', 'ShowProcedures', 'ShowFunctions']);

/** The part of a driver plan this module reads. */
export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

export type Verdict = { ok: true } | { ok: false; message: string };

const WHY = 'The viewer runs only queries that read the graph';

export function checkPlan(plan: PlanNode | false | undefined, database: string | undefined, expectedDatabase: string): Verdict {
  if (database !== undefined && database !== expectedDatabase) {
    return { ok: false, message: `${WHY} in database "${expectedDatabase}"; this one runs in "${database}".` };
  }
  if (!plan) return { ok: false, message: `${WHY}; Neo4j gave no plan for this one, so it cannot be checked.` };
  const stack: PlanNode[] = [plan];
  while (stack.length > 0) {
    const node = stack.pop() as PlanNode;
    // Operator types carry the database they run in: "LoadCSV@neo4j", "AdministrationCommand@system".
    const at = node.operatorType.indexOf('@');
    const runsIn = at >= 0 ? node.operatorType.slice(at + 1) : expectedDatabase;
    if (runsIn !== expectedDatabase) {
      return { ok: false, message: `${WHY} in database "${expectedDatabase}"; this one runs in "${runsIn}" (administration commands included).` };
    }
    const verdict = checkOperator(node);
    if (!verdict.ok) return verdict;
    stack.push(...(node.children ?? []));
  }
  return { ok: true };
}

function checkOperator(node: PlanNode): Verdict {
  const op = node.operatorType.replace(/@.*$/, '');
  if (op === 'AdministrationCommand') return { ok: false, message: `${WHY}: administration commands are not.` };
  if (op === 'LoadCSV') {
    return { ok: false, message: `${WHY}: LOAD CSV reads files and URLs from the database server. Use cypher-shell for imports.` };
  }
  if (op === 'TransactionApply' || op === 'TransactionForeach') {
    return { ok: false, message: `${WHY}: CALL { … } IN TRANSACTIONS is for batched writes.` };
  }
  if (op === 'ProcedureCall') {
    const name = procedureName(node);
    if (name === undefined || !ALLOWED_PROCEDURES.has(name)) {
      return {
        ok: false,
        message: `${WHY}: the procedure ${name ?? '(unknown)'} is not on the viewer's list (${[...ALLOWED_PROCEDURES].join(', ')}).`,
      };
    }
  }
  if (/^(Show|Terminate)[A-Z]/.test(op) && !ALLOWED_COMMANDS.has(op)) {
    return {
      ok: false,
      message: `${WHY}: ${commandName(op)} is not one of the commands the viewer runs (${[...ALLOWED_COMMANDS].map(commandName).join(', ')}).`,
    };
  }
  return { ok: true };
}

/** `db.labels` from the operator's details, "db.labels() :: (label :: STRING)". */
function procedureName(node: PlanNode): string | undefined {
  const details = node.arguments?.['Details'];
  if (typeof details !== 'string') return undefined;
  return /^\s*([\w.]+)\s*\(/.exec(details)?.[1];
}

/** "ShowTransactions" → "SHOW TRANSACTIONS". */
function commandName(op: string): string {
  return op.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}
