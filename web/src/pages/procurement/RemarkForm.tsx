import { Button, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addTenderRemark } from '../../api/endpoints.ts';
import type { TenderRemark } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useRefreshProcurement } from './queries.ts';
import { TEXT_MAX, tooShort } from './textLimits.ts';

const KINDS = ['comment', 'concern'] as const satisfies readonly TenderRemark['kind'][];

/**
 * A civic monitor's comment on a tender, or a concern the buyer must answer. The server's
 * refusal (a buyer not on the platform cannot be asked) is shown in its words.
 */
export function RemarkForm({
  ocid,
  onSent,
}: {
  ocid: string;
  onSent: (kind: TenderRemark['kind']) => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshProcurement();
  const [kind, setKind] = useState<TenderRemark['kind']>('comment');
  const [body, setBody] = useState('');
  const [checked, setChecked] = useState(false);
  const send = useMutation({
    mutationFn: () => addTenderRemark(ocid, { kind, body: body.trim() }),
    onSuccess: async () => {
      const sent = kind;
      setBody('');
      setChecked(false);
      await refresh();
      onSent(sent);
    },
  });
  const invalid = checked && tooShort(body);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (tooShort(body)) return;
    send.mutate();
  };
  const r = 'procurement.remarks' as const;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="remark-form-title" data-remark-form>
      <Stack gap="sm" maw={720}>
        <Title order={3} fz="md" id="remark-form-title">
          {t(`${r}.formTitle`)}
        </Title>
        <Radio.Group
          label={t(`${r}.kind`)}
          value={kind}
          onChange={(value) => setKind(value as TenderRemark['kind'])}
        >
          <Stack gap="xs" mt="xs">
            {KINDS.map((k) => (
              <Radio
                key={k}
                value={k}
                label={t(`${r}.kinds.${k}`)}
                description={t(`${r}.kindHints.${k}`)}
                data-kind={k}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t(`${r}.body`)}
          description={t(`${r}.bodyHint`)}
          required
          autosize
          minRows={4}
          maxLength={TEXT_MAX}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={invalid ? t(`${r}.tooShort`) : undefined}
          data-remark-body
        />
        <Text size="xs" c="gray.7">
          {t(`${r}.bodyCount`, { count: body.trim().length })}
        </Text>
        {send.isError && <ErrorAlert error={send.error} />}
        <Group>
          <Button type="submit" loading={send.isPending}>
            {t(`${r}.submit`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
