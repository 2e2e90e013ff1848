import { readFileSync, readdirSync } from 'node:fs';
import { analyzeReport } from '../src/lib/analysis/analyze';
const dir = '/tmp/corpus-inputs/attribution';
for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
  const t = readFileSync(`${dir}/${f}`, 'utf8');
  for (const a of analyzeReport(t).attributions) console.log(f, '|', a.speaker, '|', a.rule, '|', t.slice(a.content.start, a.content.end).slice(0, 70).replace(/\n/g, ' '));
}
