import { rulesToAST } from '@casl/ability/extra';
import type { AppAbility } from '../ability/ability.factory';

/** A SQL condition and its parameters, numbered from the `firstParam` given. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/** The part of a ucast AST node this translation reads. */
interface AstNode {
  operator: string;
  value: unknown;
  field?: string;
}

/** Appends parameters and hands out their `$n` placeholders. */
class Params {
  readonly values: unknown[] = [];
  constructor(private readonly first: number) {}

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.first + this.values.length - 1}`;
  }
}

function column(columns: Record<string, string>, field: string | undefined): string {
  if (field === undefined || !Object.prototype.hasOwnProperty.call(columns, field)) {
    throw new Error(
      `accessibleSql: condition field "${String(field)}" has no column (known: ${Object.keys(columns).join(', ') || 'none'})`,
    );
  }
  return columns[field];
}

function list(node: AstNode): unknown[] {
  if (!Array.isArray(node.value)) throw new Error(`accessibleSql: "${node.operator}" on "${String(node.field)}" needs an array`);
  return node.value;
}

/**
 * One field condition. Each is TRUE exactly where CASL's matcher says true; where it says false
 * the SQL may be FALSE or NULL, which a WHERE treats alike (negations are handled in {@link render}).
 */
function renderField(node: AstNode, columns: Record<string, string>, params: Params): string {
  const col = column(columns, node.field);
  switch (node.operator) {
    case 'eq':
      return node.value === null ? `${col} IS NULL` : `${col} = ${params.add(node.value)}`;
    case 'ne':
      // CASL: a NULL column is "not equal" to any value.
      return node.value === null ? `${col} IS NOT NULL` : `${col} IS DISTINCT FROM ${params.add(node.value)}`;
    case 'in': {
      const values = list(node);
      const present = values.filter((v) => v !== null);
      const sql = `${col} = ANY(${params.add(present)})`;
      return present.length === values.length ? sql : `(${sql} OR ${col} IS NULL)`;
    }
    case 'nin': {
      const values = list(node);
      const present = values.filter((v) => v !== null);
      const sql = `${col} <> ALL(${params.add(present)})`;
      // CASL: a NULL column is outside any list without null, inside one with it.
      return present.length === values.length ? `(${col} IS NULL OR ${sql})` : `(${col} IS NOT NULL AND ${sql})`;
    }
    default:
      throw new Error(`accessibleSql: operator "${node.operator}" on "${String(node.field)}" is not supported (eq, ne, in, nin)`);
  }
}

function render(node: AstNode, columns: Record<string, string>, params: Params): string {
  switch (node.operator) {
    case 'and':
    case 'or': {
      const parts = node.value as AstNode[];
      if (!parts.length) return node.operator === 'and' ? 'TRUE' : 'FALSE';
      const rendered = parts.map((part) => render(part, columns, params));
      return rendered.length === 1 ? rendered[0] : `(${rendered.join(node.operator === 'and' ? ' AND ' : ' OR ')})`;
    }
    case 'not': {
      const [inner] = node.value as AstNode[];
      // An inverted rule denies where its conditions hold; where SQL says NULL, CASL says false,
      // so the row stays allowed: COALESCE turns the unknown into "did not match".
      return `NOT COALESCE(${render(inner, columns, params)}, FALSE)`;
    }
    default:
      return renderField(node, columns, params);
  }
}

/**
 * The rows of `subject` the ability allows `action` on, as a SQL condition over the given columns
 * (`{ role: 'm.role' }`): `TRUE` when unrestricted, `FALSE` when nothing is allowed, otherwise
 * the allowing rules' conditions ORed, each ANDed with `NOT (...)` of the inverted rules above it.
 * Values travel as parameters `$firstParam`, `$firstParam + 1`, ...; `$in` is `= ANY($n)`,
 * `$nin` `<> ALL($n)` (arrays, as node-postgres sends them), null equality `IS NULL`.
 *
 * Column expressions are written into the SQL as given: they come from code, never from input.
 *
 * @throws Error when a condition names a field missing from `columns`, or an operator other than
 *   equality, `$ne`, `$in`, `$nin`: a programming error, never a request's fault.
 *
 * @example
 * const where = accessibleSql(tenant.ability, 'read', 'Member', { role: 'm.role', status: 'm.status' }, 2);
 * await manager.query(`SELECT ... FROM memberships m WHERE m.tenant_id = $1 AND ${where.sql}`, [tenantId, ...where.params]);
 */
export function accessibleSql(
  ability: AppAbility,
  action: string,
  subject: string,
  columns: Record<string, string>,
  firstParam: number,
): SqlCondition {
  if (!Number.isSafeInteger(firstParam) || firstParam < 1)
    throw new Error(`accessibleSql: firstParam must be a whole number ≥ 1, got ${firstParam}`);
  const ast = rulesToAST(ability, action, subject) as AstNode | null;
  if (!ast) return { sql: 'FALSE', params: [] };
  const params = new Params(firstParam);
  const sql = render(ast, columns, params);
  return { sql, params: params.values };
}
