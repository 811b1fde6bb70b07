import {
  type BinaryOperationNode,
  ColumnNode,
  type LimitNode,
  type OperationNode,
  PrimitiveValueListNode,
  ReferenceNode,
  SqliteQueryCompiler,
  ValueNode,
} from 'kysely';

/** A status code as the schema stores them (`waiting`, `held`, `no_show`): safe to write as a literal. */
const STATUS_CODE = /^[a-z_]{1,32}$/;

function isStatusColumn(node: OperationNode): boolean {
  return ReferenceNode.is(node) && ColumnNode.is(node.column) && node.column.column.name === 'status';
}

/** The status codes a comparison's right side holds, or undefined when it is anything else. */
function statusCodes(node: OperationNode): string[] | undefined {
  const values = ValueNode.is(node)
    ? [node.value]
    : PrimitiveValueListNode.is(node)
      ? [...node.values]
      : undefined;
  if (!values?.every((v) => typeof v === 'string' && STATUS_CODE.test(v))) return undefined;
  return values as string[];
}

/**
 * Kysely's SQLite compiler, writing into a statement's text the values SQLite's planner reads, so that a
 * prepared statement is planned once. SQLite (3.53) plans a statement again at every run when a parameter
 * its planner looked at is bound anew, and it looks at two kinds:
 *
 * - a row limit (`limit ?`): one read of a lane's head took 10.8 µs with `limit ?`, 1.7 µs with `limit 21`;
 *   call-next's five-part read of its lines 223 → 106 µs. Offsets are not read (measured equal) and stay
 *   bound: a page number would make a text per page.
 * - a value compared with a partial index's predicate, which here is always a status
 *   (`where status = 'waiting'`, `in ('held', 'confirmed')`): the same read with `status = ?` took 15.5 µs,
 *   2.5 µs with the code written in.
 *
 * Both have few values per statement, so the prepared-statement cache keeps a text per value. Only
 * integers and lower-case codes are written in; anything else stays a parameter.
 */
export class PlanOnceCompiler extends SqliteQueryCompiler {
  protected override visitLimit(node: LimitNode): void {
    const limit = node.limit;
    if (ValueNode.is(limit) && Number.isSafeInteger(limit.value)) {
      this.append(`limit ${limit.value}`);
      return;
    }
    super.visitLimit(node);
  }

  protected override visitBinaryOperation(node: BinaryOperationNode): void {
    const codes = isStatusColumn(node.leftOperand) ? statusCodes(node.rightOperand) : undefined;
    if (!codes) {
      super.visitBinaryOperation(node);
      return;
    }
    this.visitNode(node.leftOperand);
    this.append(' ');
    this.visitNode(node.operator);
    const written = codes.map((c) => `'${c}'`).join(', ');
    this.append(ValueNode.is(node.rightOperand) ? ` ${written}` : ` (${written})`);
  }
}
