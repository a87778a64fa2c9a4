// The programme's own words: reading and checking an imported prompt set (the largest file one
// import takes, 240 statements with two score columns on a 1-6 scale), and finding the rounds whose
// prompts changed across a long programme (24 rounds x 40 prompts). Pure code, run in Node.
import { median } from '../lib.mjs';
const RUNS = 15;

function time(fn) {
  for (let i = 0; i < 3; i++) fn(); // warm up the JIT
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return Math.round(median(samples) * 100) / 100;
}

export default async function words(ctx) {
  const format = await ctx.importTs('src/features/words/importFormat.ts');
  const sets = await ctx.importTs('src/model/promptSets.ts');
  const programmes = await ctx.importTs('src/db/programmes.ts');
  const ids = ['shared-purpose', 'leadership', 'spread', 'improvement-methodology', 'rigorous-delivery', 'transparent-measurement', 'system-drivers', 'engagement'];

  const lines = ['component_id,prompt_text,help,score: Board,score: Ward team'];
  for (let i = 0; i < 240; i++) lines.push(`${ids[i % 8]},"Statement ${i}, in our own words",Help ${i},${(i % 6) + 1},${((i + 3) % 6) + 1}`);
  const csv = lines.join('\n');
  const mapping = sets.suggestedScaleMapping(1, 6, 'Trust 1-6');
  const current = programmes.defaultPrompts();

  const importCsv240Ms = time(() => {
    const parsed = format.parsePromptSetFile('big.csv', csv);
    if (!parsed.ok) throw new Error('bench CSV did not parse');
    const built = format.buildImport(parsed.file, current, (id) => id, mapping);
    if (!built.ok) throw new Error('bench CSV did not build');
  });

  const rounds = Array.from({ length: 24 }, (_, r) => ({
    id: `r${r}`,
    prompts: current.map((p, i) => (r % 4 === 3 && i % 7 === 0 ? { ...p, text: `${p.text} (round ${r})` } : p)),
  }));
  const promptSetChanges24RoundsMs = time(() => sets.promptSetChanges(rounds));

  return { importCsv240Ms, promptSetChanges24RoundsMs };
}
