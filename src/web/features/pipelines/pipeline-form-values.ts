import { randomId } from '@mantine/hooks';
import type { Locale } from '../../../contracts/common';
import type { Pipeline } from '../../../contracts/opportunities';
import { decimalForInput, parseDecimalText } from '../../ui/forms/decimal-text';

export type StageValues = { key: string; id?: string; name: string; probability: string; inactivityDays: number | string };
export type PipelineValues = { name: string; isDefault: boolean; stages: StageValues[] };

export function newStage(): StageValues {
  return { key: randomId(), name: '', probability: '', inactivityDays: '' };
}

export function pipelineInitialValues(pipeline: Pipeline | undefined, locale: Locale): PipelineValues {
  if (!pipeline) return { name: '', isDefault: false, stages: [newStage()] };
  return {
    name: pipeline.name,
    isDefault: pipeline.isDefault,
    stages: pipeline.stages.map((stage) => ({
      key: stage.id,
      id: stage.id,
      name: stage.name,
      probability: decimalForInput(stage.probability, locale),
      inactivityDays: stage.inactivityDays ?? '',
    })),
  };
}

/** The full ordered list of stages: those with an id are kept, new ones created, missing ones removed. */
export function pipelineBody(values: PipelineValues, locale: Locale) {
  return {
    name: values.name.trim(),
    isDefault: values.isDefault,
    stages: values.stages.map((stage) => ({
      ...(stage.id ? { id: stage.id } : {}),
      name: stage.name.trim(),
      probability: parseDecimalText(stage.probability, locale),
      inactivityDays: stage.inactivityDays === '' ? null : Number(stage.inactivityDays),
    })),
  };
}
