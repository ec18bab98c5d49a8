import { type CSSVariablesResolver, createTheme } from '@mantine/core';

/** Darker shades than Mantine's defaults so that text keeps AA contrast on white. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  autoContrast: true,
  fontFamily:
    'Inter, "Noto Sans", "Segoe UI", Roboto, "Helvetica Neue", Arial, system-ui, sans-serif',
  headings: { fontWeight: '700' },
  focusRing: 'auto',
  defaultRadius: 'md',
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // Mantine's default red for field errors is 3.3:1 on white; red.9 passes AA.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
