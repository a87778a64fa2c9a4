import QRCode from 'qrcode';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { createProgramme } from '../../src/db/programmes';
import { recordResponse, saveNote } from '../../src/db/responses';
import { addParticipant, startRound } from '../../src/db/rounds';
import { recordJudgement } from '../../src/db/workshop';
import { buildAnswersPacket, buildInvitation } from '../../src/exchange/handover';
import { compressCompact, packetToQrCodes, QrCollector, readBinaryCode } from '../../src/exchange/qr';
import { answersToWire, fromWire, invitationToWire } from '../../src/exchange/wire';
import { resetDb } from './db-helpers';

beforeEach(resetDb);

/** A round of the default set, one person with 40 answers (some notes) and two judgements. */
async function fortyAnswers() {
  const programme = await createProgramme({ name: 'Discharge to assess', aim: 'Home by lunchtime for people who are ready', organisations: 'Acute trust; community trust; council' });
  const round = await startRound(programme.id, { title: 'Spring review', date: '2026-11-20', stage: 'designing' });
  const person = await addParticipant(round.id, { label: 'Asha Patel', role: 'clinician' });
  const values = [1, 2, 3, 4, 5, 'not-yet', 'dont-know'] as const;
  const prompts = round.prompts.slice(0, 40);
  for (const [i, p] of prompts.entries()) await recordResponse(round.id, person.id, p.id, values[i % values.length]!);
  for (const p of prompts.slice(0, 3)) await saveNote(round.id, person.id, p.id, 'Seen at the Monday huddle; the ward manager has the figures.');
  await recordJudgement(round.id, person.id, 'leadership|engagement', { value: 3, note: 'Told, not asked' });
  await recordJudgement(round.id, person.id, 'transparent-measurement|engagement', { value: 1 });
  return { programme, round, person, count: prompts.length };
}

function version(code: Uint8Array): number {
  return QRCode.create([{ data: code, mode: 'byte' }], { errorCorrectionLevel: 'M' }).version;
}

describe('compact hand-over codes', () => {
  it('rebuilds answers and an invitation exactly from their compact form', async () => {
    const { round, person } = await fortyAnswers();
    const answers = await buildAnswersPacket(round.id, person.id);
    expect(fromWire(JSON.parse(JSON.stringify(answersToWire(answers))))).toEqual(answers);
    const invitation = await buildInvitation(round.id);
    expect(fromWire(JSON.parse(JSON.stringify(invitationToWire(invitation))))).toEqual(invitation);
  });

  it('sends the programme’s own statements in full, and the model’s by id', async () => {
    const { round } = await fortyAnswers();
    const own = { id: 'own.1', componentId: 'shared-purpose' as const, text: 'We agree why this matters to patients', help: 'Ask a patient' };
    await db.rounds.update(round.id, { prompts: [own, ...round.prompts.slice(1)] });
    const invitation = await buildInvitation(round.id);
    const wire = invitationToWire(invitation) as unknown[][];
    expect((wire[5]![8] as unknown[])[0]).toEqual(['own.1', 'shared-purpose', 'We agree why this matters to patients', 'Ask a patient']);
    expect(fromWire(JSON.parse(JSON.stringify(wire)))).toEqual(invitation);
  });

  it('fits 40 answers in at most 2 codes and an invitation in at most 3, each code at most version 13', async () => {
    const { round, person, count } = await fortyAnswers();
    expect(count).toBe(40);
    const answers = packetToQrCodes(await buildAnswersPacket(round.id, person.id));
    const invitation = packetToQrCodes(await buildInvitation(round.id));
    console.log(
      `QR hand-over: 40 answers ${compressCompact(await buildAnswersPacket(round.id, person.id)).length} bytes in ${answers.length} codes (versions ${answers.map(version).join(', ')}); ` +
        `invitation ${compressCompact(await buildInvitation(round.id)).length} bytes in ${invitation.length} codes (versions ${invitation.map(version).join(', ')})`,
    );
    expect(answers.length).toBeLessThanOrEqual(2);
    expect(invitation.length).toBeLessThanOrEqual(3);
    for (const code of [...answers, ...invitation]) expect(version(code)).toBeLessThanOrEqual(13);
  });

  it('collects codes in any order, refuses a misread code and keeps two people’s codes apart', async () => {
    const { round, person } = await fortyAnswers();
    const packet = await buildAnswersPacket(round.id, person.id);
    const codes = packetToQrCodes(packet, 120);
    expect(codes.length).toBeGreaterThan(2);
    const misread = codes[0]!.slice();
    misread[20] = misread[20]! ^ 0x01;
    expect(readBinaryCode(misread)).toBeUndefined();
    const collector = new QrCollector();
    expect(collector.addBytes(misread)).toEqual({ kind: 'misread' });
    expect(collector.addBytes(new TextEncoder().encode('https://example.org'))).toEqual({ kind: 'foreign' });
    for (const code of [...codes].reverse()) collector.addBytes(code);
    const result = collector.result();
    expect(result.ok && result.file).toEqual(packet);
  });

  it('refuses an invitation naming a statement this version does not know, saying it came from a newer version', async () => {
    const { round } = await fortyAnswers();
    const wire = invitationToWire(await buildInvitation(round.id)) as unknown[][];
    (wire[5]![8] as unknown[])[0] = 'future-component.9';
    const { deflateSync, strToU8 } = await import('fflate');
    const { decodeCompact } = await import('../../src/exchange/qr');
    const result = decodeCompact(deflateSync(strToU8(JSON.stringify(wire))));
    expect(result).toMatchObject({ ok: false, problem: { kind: 'newer', message: expect.stringContaining('newer version') } });
    expect(await db.rounds.count()).toBe(1);
  });
});
