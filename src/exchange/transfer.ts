/**
 * Sending a checked file from the parsing worker to the page in slices. Receiving a message is
 * one task on the page (its structured clone is decoded at once), so a 12 MB backup sent whole
 * would block input for a few hundred milliseconds; slices of a few thousand records keep every
 * task short. The worker sends the file with its tables empty, then the records table by table.
 */
import { BACKUP_FORMAT, BACKUP_TABLES, type Backup, type BackupTable } from './format';
import type { ParseResult } from './parse';

export const RECORDS_PER_SLICE = 2_000;

export type TransferMessage =
  | { kind: 'result'; result: ParseResult; slices: number }
  | { kind: 'rows'; table: BackupTable; rows: unknown[] };

export function sliceForTransfer(result: ParseResult): TransferMessage[] {
  if (!result.ok || result.file.format !== BACKUP_FORMAT) return [{ kind: 'result', result, slices: 0 }];
  const backup = result.file as Backup;
  const rows: TransferMessage[] = [];
  for (const table of BACKUP_TABLES) {
    const all = backup.data[table] as unknown[];
    for (let i = 0; i < all.length; i += RECORDS_PER_SLICE) rows.push({ kind: 'rows', table, rows: all.slice(i, i + RECORDS_PER_SLICE) });
  }
  const empty = Object.fromEntries(BACKUP_TABLES.map((t) => [t, []]));
  return [{ kind: 'result', result: { ok: true, file: { ...backup, data: empty as unknown as Backup['data'] } }, slices: rows.length }, ...rows];
}

/** Put the slices back together, in the order sent. */
export class TransferAssembler {
  private result: ParseResult | undefined;
  private expected = 0;
  private received = 0;

  /** Returns the whole result once the last slice is in. */
  add(message: TransferMessage): ParseResult | undefined {
    if (message.kind === 'result') {
      this.result = message.result;
      this.expected = message.slices;
    } else if (this.result?.ok) {
      const data = (this.result.file as Backup).data as unknown as Record<BackupTable, unknown[]>;
      for (const row of message.rows) data[message.table].push(row);
      this.received++;
    }
    return this.result && this.received === this.expected ? this.result : undefined;
  }
}
