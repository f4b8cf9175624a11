import { openDatabase } from '../server/db/openDatabase';
import { measure } from './_pt';
const counts = new Map<string, [number, number]>();
let on = false;
function wrapQ<T extends { query: Function }>(q: T): T {
  const orig = q.query.bind(q);
  (q as any).query = async (sql: string, p?: unknown[]) => { const t0 = performance.now(); try { return await orig(sql, p); } finally { if (on) { const k = sql.replace(/\s+/g,' ').slice(0, 90); const c = counts.get(k) ?? [0,0]; c[0]++; c[1] += performance.now()-t0; counts.set(k, c);} } };
  return q;
}
const kind = process.env.KIND ?? 'postgres';
const db = await openDatabase(kind === 'postgres' ? { databaseUrl: process.env.DATABASE_URL, schema: 'trace_' + Date.now() } : {});
wrapQ(db);
const origTx = db.transaction.bind(db);
let txMs = 0;
(db as any).transaction = async (fn: any) => { const t0 = performance.now(); try { return await origTx((tx: any) => fn(wrapQ(tx))); } finally { txMs += performance.now() - t0; } };
on = true;
const t = await measure(db);
console.log(t, 'txMs', txMs.toFixed(0));
for (const [k, v] of [...counts].sort((a,b)=>b[1][1]-a[1][1]).slice(0,14)) console.log(v[0], v[1].toFixed(0), k);
process.exit(0);
