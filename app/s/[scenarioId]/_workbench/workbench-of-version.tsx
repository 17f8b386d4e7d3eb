'use client';
/**
 * The workbench on its model version's engine: the server page names the version, and this opens the
 * workbench once that version's engine is there (engine-gates.tsx), with no other engine's code.
 */
import type { ComponentProps } from 'react';
import { ENGINE_GATES } from './engine-gates';
import { Workbench } from './workbench';

type Props = Omit<ComponentProps<typeof Workbench>, 'engine'>;

export function WorkbenchOfVersion(props: Props) {
  const Gate = ENGINE_GATES[`${props.data.id}@${props.data.modelVersion}`]!;
  return <Gate>{(engine) => <Workbench engine={engine} {...props} />}</Gate>;
}
