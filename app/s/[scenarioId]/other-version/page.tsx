import { otherBrowserEngines } from '@/machines/browser-engines-other';
import { WorkbenchPage, workbenchMetadata, type WorkbenchRouteProps } from '../workbench-page';

/**
 * The workbench of a model version that is not the current one (an older version, a preview). Not an
 * address of its own: the proxy sends `/s/<scenario>` here when the link or `?model=N` names such a version.
 */
export const generateMetadata = workbenchMetadata;

export default function OtherVersionPage(props: WorkbenchRouteProps) {
  return <WorkbenchPage route={props} engines={otherBrowserEngines} />;
}
