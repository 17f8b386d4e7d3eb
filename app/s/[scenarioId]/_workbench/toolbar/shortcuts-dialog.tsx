import { Dialog } from '@/app/_components/dialog';
import { messages } from '@/app/_i18n/messages';

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title={messages.shortcuts.heading}>
      <dl className="shortcuts">
        {messages.shortcuts.list.map(([keys, action]) => (
          <div key={action}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
