import type { KyselyPlugin, RootOperationNode } from 'kysely';

/**
 * Records the operation trees of the queries run through it (`db.withPlugin(capture)`), to compile or
 * EXPLAIN their real SQL afterwards: the index and partition tests check what the code runs, not a copy.
 */
export class CaptureQueries implements KyselyPlugin {
  nodes: RootOperationNode[] = [];

  transformQuery(args: { node: RootOperationNode }): RootOperationNode {
    this.nodes.push(args.node);
    return args.node;
  }

  async transformResult<R>(args: { result: R }): Promise<R> {
    return args.result;
  }
}
