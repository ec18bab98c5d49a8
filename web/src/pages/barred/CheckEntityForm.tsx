import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  List,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { RestrictionTags, usePeriod } from './BarTags.tsx';
import { useBarCheck } from './queries.ts';
import { barredEntityPath, identifierOf } from './terms.ts';

/**
 * The check any agency makes before an award, a loan, a subsidy or a tax benefit: an INN in, the
 * bars that apply to it today out.
 */
export function CheckEntityForm() {
  const { t } = useTranslation();
  const period = usePeriod();
  const [text, setText] = useState('');
  const [checked, setChecked] = useState(false);
  const [asked, setAsked] = useState<string | null>(null);
  const check = useBarCheck(asked);
  const inn = identifierOf(text);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (inn) setAsked(inn);
  };
  const answer = check.data;

  return (
    <section aria-labelledby="barred-check-title">
      <Card withBorder padding="md" data-barred-check>
        <Title order={2} fz="lg" id="barred-check-title" mb="xs">
          {t('barred.check.title')}
        </Title>
        <Text size="sm" className="akniet-reading" mb="sm">
          {t('barred.check.intro')}
        </Text>
        <form onSubmit={submit} noValidate>
          <Group align="flex-start" gap="sm">
            <TextInput
              label={t('barred.check.identifier')}
              description={t('barred.check.identifierHint')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={checked && !inn ? t('barred.check.invalid') : undefined}
              inputMode="numeric"
              autoComplete="off"
              maxLength={40}
              w={{ base: '100%', sm: 320 }}
              data-field="check-identifier"
            />
            <Button type="submit" mt={{ base: 0, sm: 42 }} loading={check.isFetching} data-check>
              {t('barred.check.submit')}
            </Button>
          </Group>
        </form>
        <div role="status" aria-live="polite">
          {check.isError && <ErrorAlert error={check.error} />}
          {answer && (
            <Alert
              mt="md"
              color={answer.barred ? 'red' : 'green'}
              variant="light"
              data-check-answer={answer.barred ? 'barred' : 'clear'}
            >
              <Stack gap="xs">
                <Text fw={600} size="sm" c="gray.9">
                  {answer.barred
                    ? t('barred.check.barred', {
                        identifier: answer.identifier,
                        count: answer.bars.length,
                      })
                    : t('barred.check.clear', { identifier: answer.identifier })}
                </Text>
                {answer.bars.length > 0 && (
                  <List size="sm" spacing="xs">
                    {answer.bars.map((b) => (
                      <List.Item key={b.id}>
                        <Anchor component={Link} to={barredEntityPath(b.id)} size="sm">
                          {b.name}
                        </Anchor>{' '}
                        <Text span size="sm" c="gray.8">
                          ({period(b)})
                        </Text>
                        <RestrictionTags restrictions={b.restrictions} />
                      </List.Item>
                    ))}
                  </List>
                )}
              </Stack>
            </Alert>
          )}
        </div>
      </Card>
    </section>
  );
}
