import { Component, type ErrorInfo, type ReactNode } from 'react';
import { CrashPage } from '../pages/CrashPage.tsx';

type State = { error: Error | null };

/** Catches render errors of a page and shows the error page instead of a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Render error', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? <CrashPage /> : this.props.children;
  }
}
