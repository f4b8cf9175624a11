import { openDatabase } from '../server/db/openDatabase';
import { measure } from './_pt';
import { Session } from 'node:inspector/promises';
const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, schema: 'trace_' + Date.now() });
const s = new Session(); s.connect();
await s.post('Profiler.enable');
let profile: any;
(globalThis as any).__startProf = () => s.post('Profiler.start');
(globalThis as any).__stopProf = async () => { profile = ((await s.post('Profiler.stop')) as any).profile; };
const t = await measure(db);
console.log(t);
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas; const samples = profile.samples;
for (let i = 0; i < samples.length; i++) { const n: any = byId.get(samples[i]); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); }
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map<string, number>();
const key = (n: any) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`;
for (let i = 0; i < samples.length; i++) { const seen = new Set<string>(); let id: number | undefined = samples[i]; while (id !== undefined) { const n: any = byId.get(id); const k = key(n); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + (dt[i] ?? 0) / 1000); } id = parent.get(id); } }
console.log('--- inclusive');
for (const [k, v] of [...incl].filter(([k]) => /server\/|common\/|fastify|light-my|zod|pg\//.test(k) || true).sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(v.toFixed(0).padStart(6), k);
console.log('--- self');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v.toFixed(0).padStart(6), k);
process.exit(0);
