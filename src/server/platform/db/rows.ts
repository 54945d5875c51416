/** API timestamps are ISO 8601 strings with offset. */
export function iso(date: Date): string {
  return date.toISOString();
}

export function isoOrNull(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

export type RecordMetaRow = { id: string; version: number; createdAt: Date; updatedAt: Date; archivedAt: Date | null };

export function recordMetaDto(row: RecordMetaRow) {
  return { id: row.id, version: row.version, createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt), archivedAt: isoOrNull(row.archivedAt) };
}
