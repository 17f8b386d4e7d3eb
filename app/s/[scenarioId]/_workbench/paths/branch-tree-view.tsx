'use client';
import { type FormEvent, memo, useEffect, useRef, useState } from 'react';
import type { Branch, BranchTree } from '@/lib/workbench/branch-tree';
import { messages } from '@/app/_i18n/messages';

interface Props {
  tree: BranchTree;
  onOpen: (id: string) => void;
  onRename: (id: string, name: string) => void;
}

function RenameForm({ branch, onRename, onDone }: { branch: Branch; onRename: Props['onRename']; onDone: () => void }) {
  const [name, setName] = useState(branch.name);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onRename(branch.id, name);
    onDone();
  };
  return (
    <form className="rename-form" onSubmit={submit}>
      <label>
        <span className="visually-hidden">{messages.branches.renameLabel(branch.name)}</span>
        <input
          type="text"
          value={name}
          maxLength={80}
          autoFocus
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onDone();
          }}
        />
      </label>
      <button type="submit">{messages.branches.save}</button>
      <button type="button" onClick={onDone}>
        {messages.branches.cancel}
      </button>
    </form>
  );
}

/** Every branch as a tree by where it forked; any branch can be reopened or renamed. */
export const BranchTreeView = memo(function BranchTreeView({ tree, onOpen, onRename }: Props) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const byId = new Map(tree.branches.map((b) => [b.id, b]));
  // Saving or cancelling a rename removes the form that had focus: focus goes back to its branch's
  // Rename button, not to the top of the page.
  const renamed = useRef<string | null>(null);
  const list = useRef<HTMLElement>(null);
  useEffect(() => {
    if (renaming !== null || renamed.current === null) return;
    list.current?.querySelector<HTMLElement>(`[data-branch="${renamed.current}"] .branch-rename`)?.focus();
    renamed.current = null;
  }, [renaming]);
  const doneRenaming = () => {
    renamed.current = renaming;
    setRenaming(null);
  };

  const renderChildren = (parentId: string | null) => {
    const children = tree.branches.filter((b) => b.parentId === parentId);
    if (children.length === 0) return null;
    return (
      <ul className={parentId === null ? 'branch-tree' : 'branch-children'}>
        {children.map((branch) => {
          const current = branch.id === tree.currentId;
          const parent = branch.parentId ? byId.get(branch.parentId) : undefined;
          return (
            <li key={branch.id} data-branch={branch.id}>
              <div className={current ? 'branch current' : 'branch'}>
                {renaming === branch.id ? (
                  <RenameForm branch={branch} onRename={onRename} onDone={doneRenaming} />
                ) : (
                  <>
                    <button type="button" className="branch-open" aria-current={current ? 'true' : undefined} onClick={() => onOpen(branch.id)}>
                      <span className="branch-name">{branch.name}</span>
                      <span className="branch-meta">
                        {messages.branches.describe({ steps: branch.steps.length, forkedFrom: parent ? { name: parent.name, step: branch.forkStep } : null, current })}
                      </span>
                    </button>
                    <button type="button" className="link-button branch-rename" aria-label={messages.branches.renameBranch(branch.name)} onClick={() => setRenaming(branch.id)}>
                      {messages.branches.rename}
                    </button>
                  </>
                )}
              </div>
              {renderChildren(branch.id)}
            </li>
          );
        })}
      </ul>
    );
  };

  return (
    <section ref={list} className="branches" aria-labelledby="branches-heading">
      <h2 id="branches-heading">{messages.branches.heading}</h2>
      <p className="panel-intro">{messages.branches.intro}</p>
      {renderChildren(null)}
    </section>
  );
});
