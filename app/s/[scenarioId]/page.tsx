import { currentBrowserEngines } from '@/machines/browser-engines';
import { WorkbenchPage, workbenchMetadata, type WorkbenchRouteProps } from './workbench-page';

/** The workbench of a scenario's current model version. */
export const generateMetadata = workbenchMetadata;

export default function CurrentVersionPage(props: WorkbenchRouteProps) {
  return <WorkbenchPage route={props} engines={currentBrowserEngines} />;
}
