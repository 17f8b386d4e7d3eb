import type { BranchNames } from '@/lib/workbench/arrival';
import { messages } from '@/app/_i18n/messages';

/** The workbench's branch names, from the catalogue, for the core to name the branches it adds. */
export const branchNames: BranchNames = { first: messages.workbench.firstBranchName, next: messages.workbench.branchName };
