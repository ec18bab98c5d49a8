import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlternativeReport } from '../../api/types.ts';
import { FileReportModal, type ReportTarget } from './FileReportModal.tsx';
import { useMyOrganisations } from './queries.ts';

/**
 * "File an alternative report", shown only to members of a registered organisation. `describedBy`
 * names what is assessed (the measure's heading), so the many buttons of a page are told apart.
 */
export function FileReportButton({
  target,
  describedBy,
  onFiled,
}: {
  target: ReportTarget;
  describedBy?: string;
  onFiled?: (report: AlternativeReport) => void;
}) {
  const { t } = useTranslation();
  const organisations = useMyOrganisations();
  const [open, setOpen] = useState(false);
  if (organisations.length === 0) return null;
  return (
    <>
      <Button
        size="compact-sm"
        variant="light"
        onClick={() => setOpen(true)}
        aria-describedby={describedBy}
        data-file-alternative={target.kind}
      >
        {t('alternative.fileButton')}
      </Button>
      {open && (
        <FileReportModal
          target={target}
          organisations={organisations}
          onClose={() => setOpen(false)}
          onFiled={(report) => {
            setOpen(false);
            onFiled?.(report);
          }}
        />
      )}
    </>
  );
}
