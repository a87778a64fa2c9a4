import { beforeEach, describe, expect, it } from 'vitest';
import { allAnswers, judgementsOf, putAnswers, responsesOf, responsesOfRound } from '../../src/db/answers';
import { db } from '../../src/db/database';
import { ANSWERS_FORMAT, type AnswersPacket, type InvitationPacket } from '../../src/exchange/format';
import { buildAnswersPacket, buildInvitation, importAnswersPacket, importInvitation } from '../../src/exchange/handover';
import { ImportError, parseDataFile } from '../../src/exchange/parse';
import { packetToQrTexts, QrCollector, qrTextsToPacket } from '../../src/exchange/qr';
import { smallProgramme } from '../fixtures/data-backup';
import { seedDb } from '../fixtures/seed-db';

const ROUND = 'small-round-2';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

function roundTrip<T>(packet: T): T {
  const parsed = parseDataFile(JSON.stringify(packet));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.file as T;
}

/** A participant's device: the invitation taken in, a person added, a few answers and a judgement. */
async function answerOnOwnDevice(invitation: InvitationPacket): Promise<AnswersPacket> {
  await db.delete();
  await db.open();
  await importInvitation(roundTrip(invitation));
  const now = '2025-05-13T08:30:00.000Z';
  await db.participants.add({ id: 'dev-p', createdAt: now, updatedAt: now, roundId: ROUND, programmeId: 'small', label: 'Dami', role: 'frontline', anonymous: false, personKey: 'dami' });
  const prompts = invitation.round.prompts.slice(0, 3);
  await putAnswers({
    responses: prompts.map((p, i) => ({ id: `own-${i}`, createdAt: now, updatedAt: now, roundId: ROUND, participantId: 'dev-p', promptId: p.id, componentId: p.componentId, value: (i + 2) as 2 | 3 | 4, note: i === 0 ? 'Seen at the huddle' : '', carriedForward: false })),
    judgements: [{ id: 'own-j', createdAt: now, updatedAt: now, roundId: ROUND, participantId: 'dev-p', pairKey: 'leadership|engagement', value: 3, note: '' }],
  });
  return buildAnswersPacket(ROUND, 'dev-p');
}

async function facilitatorDevice() {
  await db.delete();
  await db.open();
  await seedDb(smallProgramme());
}

describe('hand-over of answers', () => {
  it('merges a participant’s answers into the round as that participant, and re-importing never duplicates', async () => {
    await seedDb(smallProgramme());
    const invitation = await buildInvitation(ROUND);
    const packet = roundTrip(await answerOnOwnDevice(invitation));
    expect(packet.format).toBe(ANSWERS_FORMAT);
    expect(packet.answers).toHaveLength(3);

    await facilitatorDevice();
    const before = (await responsesOfRound(ROUND)).length;
    const result = await importAnswersPacket(packet);
    expect(result).toMatchObject({ added: 5, updated: 0, participantLabel: 'Dami', roundTitle: 'Spring review' });
    const people = await db.participants.where('roundId').equals(ROUND).toArray();
    expect(people.map((p) => p.label)).toContain('Dami');
    const answers = await responsesOf(ROUND, 'dev-p');
    expect(answers.map((a) => a.value).sort()).toEqual([2, 3, 4]);
    expect(answers.find((a) => a.value === 2)!.note).toBe('Seen at the huddle');
    expect((await judgementsOf(ROUND, 'dev-p')).length).toBe(1);

    const again = await importAnswersPacket(packet);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 5 });
    expect((await responsesOfRound(ROUND)).length).toBe(before + 3);
  });

  it('takes a changed answer only when it is newer', async () => {
    await seedDb(smallProgramme());
    const packet = roundTrip(await answerOnOwnDevice(await buildInvitation(ROUND)));
    await facilitatorDevice();
    await importAnswersPacket(packet);
    const changed = structuredClone(packet);
    changed.answers[0]!.value = 5;
    changed.answers[0]!.updatedAt = '2025-05-14T09:00:00.000Z';
    changed.answers[1]!.value = 1; // same time stamp: not newer, so ignored
    const result = await importAnswersPacket(changed);
    expect(result).toMatchObject({ added: 0, updated: 1 });
    const values = (await responsesOf(ROUND, 'dev-p')).map((a) => a.value).sort();
    expect(values).toEqual([3, 4, 5]);
  });

  it('refuses answers for a round that is not here, or closed, and writes nothing', async () => {
    await seedDb(smallProgramme());
    const packet = roundTrip(await answerOnOwnDevice(await buildInvitation(ROUND)));
    await db.delete();
    await db.open();
    const missing = await importAnswersPacket(packet).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ImportError);
    expect((missing as Error).message).toMatch(/for the round “Spring review”, which is not on this device/);

    await seedDb(smallProgramme());
    await db.rounds.update(ROUND, { status: 'closed' });
    const count = (await allAnswers()).responses.length;
    const closed = await importAnswersPacket(packet).catch((e: unknown) => e);
    expect((closed as Error).message).toBe('The round “Spring review” is closed, so it cannot take in answers. Reopen it, then try again.');
    expect((await allAnswers()).responses.length).toBe(count);
    expect(await db.participants.get('dev-p')).toBeUndefined();
  });
});

describe('invitations', () => {
  it('carries the programme’s words and the round’s frozen prompts, and importing twice changes nothing', async () => {
    const records = smallProgramme();
    records.programmes[0]!.componentLabels = { engagement: 'Bringing people with us' };
    await seedDb(records);
    const invitation = roundTrip(await buildInvitation(ROUND));
    expect(invitation.round.prompts).toEqual(records.rounds[1]!.prompts);
    await db.delete();
    await db.open();
    expect(await importInvitation(invitation)).toMatchObject({ added: 2, programmeName: 'Diabetes foot care', roundTitle: 'Spring review' });
    expect((await db.programmes.get('small'))!.componentLabels).toEqual({ engagement: 'Bringing people with us' });
    expect(await importInvitation(invitation)).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
  });
});

describe('QR codes', () => {
  it('splits a packet into a numbered sequence and joins it in any order', async () => {
    await seedDb(smallProgramme());
    const packet = await buildInvitation(ROUND);
    const texts = packetToQrTexts(packet, 200);
    expect(texts.length).toBeGreaterThan(2);
    texts.forEach((t, i) => expect(t).toMatch(new RegExp(`^CM1:[0-9a-z]+:${i + 1}/${texts.length}:[A-Za-z0-9_-]+$`)));
    const shuffled = [...texts].reverse();
    shuffled.splice(1, 0, texts[0]!); // a code scanned twice
    const joined = qrTextsToPacket(shuffled);
    expect(joined).toEqual({ ok: true, file: roundTrip(packet) });
  });

  it('compresses: one code for a short packet', async () => {
    await seedDb(smallProgramme());
    await db.participants.add({ id: 'solo', createdAt: '2025-05-12T10:00:00.000Z', updatedAt: '2025-05-12T10:00:00.000Z', roundId: ROUND, programmeId: 'small', label: 'Solo', role: 'other', anonymous: true, personKey: 'solo' });
    const packet = await buildAnswersPacket(ROUND, 'solo');
    expect(packetToQrTexts(packet)).toHaveLength(1);
  });

  it('tracks progress, ignores foreign codes and keeps two people’s sets apart', async () => {
    await seedDb(smallProgramme());
    const a = packetToQrTexts(await buildInvitation(ROUND), 150);
    const b = packetToQrTexts(await buildInvitation('small-round-1'), 150);
    const collector = new QrCollector();
    expect(collector.add('https://example.org')).toEqual({ kind: 'foreign' });
    const first = collector.add(a[0]!);
    expect(first).toMatchObject({ kind: 'progress', isNew: true, progress: { have: 1, total: a.length, complete: false } });
    expect(collector.add(a[0]!)).toMatchObject({ isNew: false });
    collector.add(b[0]!);
    expect(collector.progressOf()!.total).toBe(b.length);
    for (const t of a.slice(1)) collector.add(t);
    const result = collector.result();
    expect(result.ok && result.file.format).toBe('change-model-self-assessment/invitation');
    expect(qrTextsToPacket(a.slice(1))).toMatchObject({ ok: false, problem: { message: expect.stringContaining('Codes 1 of') } });
  });

  it('refuses a tampered code', () => {
    const result = qrTextsToPacket(['CM1:abc:1/1:AAAAAAAA']);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'not-ours' } });
  });
});
