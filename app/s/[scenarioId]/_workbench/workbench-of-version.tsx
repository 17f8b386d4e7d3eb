'use client';
/**
 * The workbench on its model version: the server page names the version, and this opens the workbench
 * once that version's data and engine are there (engine-gates.tsx), with no other version's.
 */
import type { ComponentProps } from 'react';
import { VERSION_GATES } from './engine-gates';
import { Workbench } from './workbench';

type Props = Omit<ComponentProps<typeof Workbench>, 'engine' | 'data'> & { scenarioId: string; modelVersion: number };

export function WorkbenchOfVersion({ scenarioId, modelVersion, ...props }: Props) {
  const Gate = VERSION_GATES[`${scenarioId}@${modelVersion}`]!;
  return <Gate>{({ data, engine }) => <Workbench data={data} engine={engine} {...props} />}</Gate>;
}
