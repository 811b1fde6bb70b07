/**
 * A load generator in a process of its own: `--clients` clients send `--total` GETs of `--path` to
 * `--origin` (connections opened first, each from its own loopback address from `--address-offset` on),
 * then print the run's LoadResult as one JSON line. The booking bench runs two of these at once to see
 * whether its single-process generator is what caps the bare endpoint's rate.
 */
import { parseArgs } from 'node:util';
import { runLoad } from './http-load';

const { values } = parseArgs({
  options: {
    origin: { type: 'string' },
    clients: { type: 'string', default: '100' },
    total: { type: 'string', default: '4000' },
    path: { type: 'string', default: '/bench/bare' },
    'address-offset': { type: 'string', default: '0' },
  },
});
const path = values.path;
const result = await runLoad({
  origins: [values.origin as string],
  clients: Number(values.clients),
  total: Number(values.total),
  preopen: path,
  addressOffset: Number(values['address-offset']),
  flow: async (_i, send) => {
    await send({ method: 'GET', path });
  },
});
console.log(JSON.stringify(result));
