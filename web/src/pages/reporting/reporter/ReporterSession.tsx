import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';

/**
 * The reporter's token lives only here, in memory: never in storage or cookies, so closing the
 * tab or reloading ends the session and nothing is left on the device.
 */
export type ReporterSessionValue = {
  token: string | null;
  begin: (token: string) => void;
  end: () => void;
};

const Context = createContext<ReporterSessionValue | null>(null);

/**
 * Holds the token above the layout (whose pages remount on every address change), so it survives
 * moving from the receipt to the follow-up; a reload forgets it.
 */
export function ReporterSessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(null);
  const value = useMemo(() => ({ token, begin: setToken, end: () => setToken(null) }), [token]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useReporterSession(): ReporterSessionValue {
  const value = useContext(Context);
  if (!value) throw new Error('useReporterSession outside ReporterSessionProvider');
  return value;
}
