import type { ComponentId } from '../../model/types';

export function roundPath(programmeId: string, roundId: string): string {
  return `/programmes/${programmeId}/rounds/${roundId}`;
}

export function answerPath(programmeId: string, roundId: string, componentId: ComponentId): string {
  return `${roundPath(programmeId, roundId)}/answer/${componentId}`;
}

export function summaryPath(programmeId: string, roundId: string): string {
  return `${roundPath(programmeId, roundId)}/summary`;
}

export function pairsPath(programmeId: string, roundId: string): string {
  return `${roundPath(programmeId, roundId)}/pairs`;
}
